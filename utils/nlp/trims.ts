// Where a name's span starts and ends, whatever the tagger said: never on punctuation, a
// title, a credit word or a lower-case word; a person ends at a possessive, a company at its
// legal form; "acting" and "former" belong to the role that follows. One span at a time.
import type { Span } from './tagger';
import type { Token } from './tokenize';
import { PUBLIC_HEAD, PRIVATE_HEAD, ROLE_MODIFIER, headKind } from './lexicon/titles';
import { CREDIT_WORDS, MONTHS, LEGAL_FORM } from './name-facts';
import { knownPlace } from './lexicon/cities';
import { ORG_FORMS } from './lexicon/organisations';

/** "al-Houthi", "el-Sisi", "ad-Din": a lower-case article joined by a hyphen to a capital. */
const NAME_ARTICLE = /^(?:al|el|ul|ad|ud|as|ash|at|az|ar|an|ibn|bin|abu)-\p{Lu}/u;
/** Styles of address written before a name: "Hon.", "Rt. Hon.", "H.E.". */
const STYLES = /^(Hon|Rt|H\.E|Excellency)\.?$/;
const MISSION = /^(mission|office|envoy|branch|force|forces|operation|bureau|team|delegation|representative|chief|head|director|spokesman|spokeswoman|unit|programme|program|desk|staff|troops|peacekeepers)$/;
/** Lower-case words found inside names: "Bank of England", "Lord of the Rings", "Charles de Gaulle". */
const NAME_SMALL_WORDS = new Set('of and the for on in at to by upon with dello a an de du des la le les los las el del della di da do dos das der den die van von ten ter zu und et y e al bin ibn bint abu ben ould wa ap af av dei degli delle mac st vs v against over under into from'.split(' '));

/** A word of a role (headKind reads "Adm." and "Gen." as the titles they stand for). */
const isRole = (t: Token) => headKind(t.text) !== null;

/** Trims `s` in place (offsets and text included); false when nothing of a name is left. */
export function trimSpan(text: string, tokens: Token[], s: Span, spans: readonly Span[]): boolean {
  // Trim punctuation tokens at either end.
  // "Mladost ( L )", a club and its town's letter in a table, keeps its closing bracket.
  while (s.tokenEnd > s.tokenStart && !/[\p{L}\p{N}]/u.test(tokens[s.tokenEnd - 1].text) && !closesBracket(tokens, s)) s.tokenEnd--;
  while (s.tokenStart < s.tokenEnd && (!/[\p{L}\p{N}]/u.test(tokens[s.tokenStart].text) || /^['’]s$/.test(tokens[s.tokenStart].text))) s.tokenStart++;
  if (s.tokenStart >= s.tokenEnd) return false;
  // "Disney Chief Executive", "CEO of Hipcricket": a role is not part of an organisation's
  // name ("Office of the President" keeps its head).
  if (s.type === 'ORG' && !/\sof\s/i.test(text.slice(tokens[s.tokenStart].start, tokens[s.tokenEnd - 1].end))) {
    // "Department of Homeland Security Acting Secretary": the modifier opens the role that follows.
    const next = tokens[s.tokenEnd];
    // ("the Health and Safety Executive", "the Scottish Executive" are bodies: described.ts.)
    const body = tokens[s.tokenEnd - 1].text === 'Executive' && !isRole(tokens[s.tokenEnd - 2]) && !ROLE_MODIFIER.has(tokens[s.tokenEnd - 2].text.toLowerCase()) && /^(the|and)$/i.test(tokens[s.tokenStart - 1]?.text ?? '');
    if (s.tokenEnd - s.tokenStart > 1 && !body && (isRole(tokens[s.tokenEnd - 1]) || (next && /^\p{Lu}/u.test(next.text) && isRole(next) && ROLE_MODIFIER.has(tokens[s.tokenEnd - 1].text.toLowerCase())))) {
      // One title: its head words, then its modifiers ("Joint Staff Rear Adm." keeps "Joint Staff").
      let modifiers = false;
      while (s.tokenEnd - s.tokenStart > 1) {
        const t = tokens[s.tokenEnd - 1];
        const modifier = ROLE_MODIFIER.has(t.text.toLowerCase());
        if (!(modifier || (isRole(t) && !modifiers))) break;
        modifiers ||= modifier && !isRole(t);
        s.tokenEnd--;
      }
    }
    // A title alone ("Mayor", "CEO") names no organisation.
    if (s.tokenEnd - s.tokenStart === 1 && isRole(tokens[s.tokenStart])) return false;
  }
  if (s.type === 'ORG' && s.tokenEnd - s.tokenStart > 2 && PRIVATE_HEAD.has(tokens[s.tokenStart].text.toLowerCase()) && tokens[s.tokenStart + 1].text === 'of') s.tokenStart += 2;
  // "Herbert wasn’t": a person's name does not end in a lower-case word, though it may end in
  // an Arabic article joined to a capital ("Mohamed Ali al-Houthi"), which the tagger often
  // leaves out.
  if (s.type === 'PER') {
    while (s.tokenEnd - s.tokenStart > 1 && /^\p{Ll}/u.test(tokens[s.tokenEnd - 1].text) && !NAME_ARTICLE.test(tokens[s.tokenEnd - 1].text)) s.tokenEnd--;
    const next = tokens[s.tokenEnd];
    if (next && NAME_ARTICLE.test(next.text) && text.slice(tokens[s.tokenEnd - 1].end, next.start) === ' ' && !spans.some((o) => o.tokenStart === s.tokenEnd)) s.tokenEnd++;
    // "Greg Christie’s Human Interface": a person's name ends at a possessive.
    for (let k = s.tokenStart + 1; k < s.tokenEnd - 1; k++) if (/^['’]s$/.test(tokens[k].text)) s.tokenEnd = k;
  }
  // "Cofinec GDRs": an acronym in the plural is a kind of thing, not the end of a body's name.
  if (s.type === 'ORG') while (s.tokenEnd - s.tokenStart > 1 && tokens[s.tokenEnd - 1].text.endsWith('s') && /^\p{Lu}{2,5}s$/u.test(tokens[s.tokenEnd - 1].text)) s.tokenEnd--;
  // "OSCE Chechnya mission": an acronym, then the place its mission or office works in
  // ("CITIC Pacific is" is a company's name).
  if (s.type === 'ORG' && s.tokenEnd - s.tokenStart > 1 && MISSION.test(tokens[s.tokenEnd]?.text ?? '') && /^\p{Lu}{2,6}$/u.test(tokens[s.tokenStart].text) && knownPlace(text.slice(tokens[s.tokenStart + 1].start, tokens[s.tokenEnd - 1].end)) && !ORG_FORMS.has(text.slice(s.start, s.end))) s.tokenEnd = s.tokenStart + 1;
  // "FAA doesn't": nor does a body's or a thing's name end in a plain lower-case word.
  if (s.type === 'ORG' || s.type === 'MISC') while (s.tokenEnd - s.tokenStart > 1 && /^\p{Ll}+(?:['’]\p{Ll}+)?$/u.test(tokens[s.tokenEnd - 1].text)) s.tokenEnd--;
  // "Aurora Packing Co. of Aurora, Illinois": a company's legal form ends its name; and
  // "The New York Times in May": a date is never inside one.
  if (s.type === 'ORG') {
    for (let k = s.tokenStart + 1; k < s.tokenEnd - 1; k++) {
      const next = tokens[k + 1].text;
      if (LEGAL_FORM.test(tokens[k].text) && next === 'of') s.tokenEnd = k + 1;
      else if ((tokens[k].text === 'in' || tokens[k].text === 'on') && MONTHS.has(next.toLowerCase())) s.tokenEnd = k;
      else continue;
      break;
    }
  }
  // "Forsa June 6", "Emnid Aug 25": a month and its day follow a name, they do not end it.
  if (s.type !== 'PER' && s.tokenEnd - s.tokenStart > 1 && MONTHS.has(tokens[s.tokenEnd - 1].text.toLowerCase().replace(/\.$/, '')) && /^([1-9]|[12]\d|3[01])(st|nd|rd|th)?$/.test(tokens[s.tokenEnd]?.text ?? '')) s.tokenEnd--;
  if (s.tokenStart >= s.tokenEnd) return false;
  // "Acting Department of Homeland Security Secretary": "acting" and "former" open a role,
  // never a body's name.
  if (s.type === 'ORG' && s.tokenEnd - s.tokenStart > 1 && /^(acting|former)$/i.test(tokens[s.tokenStart].text)) s.tokenStart++;
  // Credit words and honorifics are not part of a name ("Credit Harry Campbell", "Photo: ...",
  // "Rt. Hon. B. U. Nzeribe"), and alone they are no name.
  const style = (t: Token) => STYLES.test(t.text) || !/[\p{L}\p{N}]/u.test(t.text);
  while (s.tokenEnd - s.tokenStart > 1 && (CREDIT_WORDS.has(tokens[s.tokenStart].text.toLowerCase()) || style(tokens[s.tokenStart]))) s.tokenStart++;
  while (s.tokenEnd - s.tokenStart > 1 && ((style(tokens[s.tokenEnd - 1]) && !closesBracket(tokens, s)) || (s.type === 'ORG' && CREDIT_WORDS.has(tokens[s.tokenEnd - 1].text.toLowerCase())))) s.tokenEnd--;
  if (s.tokenEnd - s.tokenStart === 1 && style(tokens[s.tokenStart])) return false;
  // "REUTERS/Maxim Shemetov": a slash inside splits what the tagger joined; so does a bracket
  // the span never closes ("Hizbollah ( Party of God"), and a lower-case word that is not one
  // of a name's own small words ("Norwich City joins Niall Quinn"); a title inside ("Trump
  // attorney Alina Habba") is the role's to take off (people.ts).
  let opened = 0;
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
    const w = tokens[k].text;
    if (tokens[k - 1].text === '(') opened++;
    // ... and a bracket closed that the span did not open ("Kauri (Te Kaurinui Robert) Parata").
    if (w === ')' && !opened) {
      s.tokenEnd = k;
      break;
    }
    // "the Moulin Rouge in Paris": where the body is, not part of its name (one named for a
    // remit keeps it: "Organisation for Security and Cooperation in Europe").
    if (w === 'in' && s.type === 'ORG' && k + 1 < s.tokenEnd && !opened && tokens.slice(s.tokenStart, k).every((t) => /^\p{Lu}/u.test(t.text)) && knownPlace(text.slice(tokens[k + 1].start, tokens[s.tokenEnd - 1].end))) {
      s.tokenEnd = k;
      break;
    }
    // "Defense POW/MIA Accounting Agency": a slash between acronyms is inside the name.
    const acronyms = w === '/' && /^\p{Lu}{2,}$/u.test(tokens[k - 1].text) && /^\p{Lu}{2,}$/u.test(tokens[k + 1]?.text ?? '') && k + 1 < s.tokenEnd;
    if ((w === '/' && !acronyms) || (w === '(' && !tokens.slice(k + 1, s.tokenEnd).some((t) => t.text === ')')) || (/^\p{Ll}+$/u.test(w) && !NAME_SMALL_WORDS.has(w) && !PUBLIC_HEAD.has(w) && !PRIVATE_HEAD.has(w))) {
      s.tokenEnd = k;
      break;
    }
  }
  s.start = tokens[s.tokenStart].start;
  s.end = tokens[s.tokenEnd - 1].end;
  s.text = text.slice(s.start, s.end);
  return true;
}

/** The span ends in ")" and opens the bracket itself. */
function closesBracket(tokens: Token[], s: Span): boolean {
  if (tokens[s.tokenEnd - 1].text !== ')') return false;
  for (let k = s.tokenStart + 1; k < s.tokenEnd - 2; k++) if (tokens[k].text === '(') return true;
  return false;
}
