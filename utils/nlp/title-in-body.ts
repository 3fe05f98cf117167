// A person inside what the tagger took for a body: a title before a name ("Boston Mayor Marty
// Walsh", "Minister for Public Health Steve Brine"), a kinship or occupation word or an
// honorific before it ("his son Erik Lund", "developer Ammar Askar", "Mr Trump").
import { spanWith, type Span } from './span';
import type { Token } from './tokenize';
import { GIVEN_NAMES } from './lexicon/given-names';
import { countryOf } from './lexicon/places';
import { ORG_FORMS } from './lexicon/organisations';
import { PLACE_LOWER } from './lexicon/cities';
import { headKind } from './lexicon/titles';
import { BODY_HEAD } from './name-context';
import { ORG_HEAD, GEO_HEAD, inLowerCase, knownGivenName } from './name-facts';

export const KIN = /^(mother|father|son|daughter|brother|sister|wife|husband|aunt|uncle|cousin|niece|nephew|grandmother|grandfather|grandson|granddaughter|widow|widower|stepfather|stepmother|stepson|stepdaughter|fiancée?|girlfriend|boyfriend)$/;
// Occupations written in lower case before a name ("developer Ammar Askar"), beyond the
// titles of lexicon/titles.ts (which the tagger's features use as they were trained).
const OCCUPATION = /^(developer|programmer|engineer|designer|architect|blogger|chemist|physicist|biologist|geologist|historian|filmmaker|entrepreneur|banker|trader|farmer|fisherman|pilot|driver|poet|painter|sculptor|composer|dancer|comedian|chef|model|rapper|guitarist|drummer|climber|hacker|cameraman|camerawoman|photographer|reporter|correspondent|journalist|columnist|commentator|analyst|economist|strategist|novelist|writer|actor|actress|singer|jockey|cyclist)$/;
const HONORIFIC_WORD = /^(Mr|Mrs|Ms|Miss|Mx|Dr|Mr\.|Mrs\.|Ms\.|Dr\.)$/;

/**
 * Retypes `s` as the person where one stands inside it (`personWord`: whether the tagger took a
 * word for part of a person anywhere in the text). Returns the words of a title split off the
 * front, as a span of their own, or null.
 */
export function personInsideBody(text: string, tokens: Token[], s: Span, personWord: (w: string) => boolean): Span | null {
  let titleRest: Span | null = null;
  // "New York Attorney General Letitia James", "Boston Mayor Marty Walsh", "Governor Jerry
  // Brown", "Sheriff Dunlap" tagged as one body: a title, then a person (people.ts takes the
  // title off as the role). Not a company named with a title ("General Electric", "Justice
  // Department": a body's word, or "General" opening the name).
  if (s.type === 'ORG' && s.tokenEnd - s.tokenStart >= 2) {
    for (let k = s.tokenEnd - 2; k >= s.tokenStart; k--) {
      const kind = headKind(tokens[k].text);
      if (!kind) continue;
      const name = tokens.slice(k + 1, s.tokenEnd);
      const last = name[name.length - 1].text;
      const nameText = name.map((x) => x.text).join(' ');
      const personal = name.every((x) => /^\p{Lu}\p{Ll}/u.test(x.text) && !headKind(x.text)) && !ORG_HEAD.test(last) && !BODY_HEAD.test(last) && !GEO_HEAD.test(last) && !countryOf(nameText) && !PLACE_LOWER.has(nameText.toLowerCase()) && !ORG_FORMS.has(nameText);
      const known = GIVEN_NAMES.has(name[0].text.toLowerCase()) || personWord(last);
      const opensCompany = k === s.tokenStart && /^general$/i.test(tokens[k].text);
      // "Queen Mother", "Major Funding": a word the article also writes in lower case is no name.
      const ordinary = name.some((x) => inLowerCase(text, x.text));
      if (personal && !opensCompany && !ordinary && name.length <= 3 && (known || name.length >= 2 || kind === 'public')) {
        s.type = 'PER';
        s.tokenStart = k + 1;
        s.start = tokens[k + 1].start;
        s.text = text.slice(s.start, s.end);
      }
      break;
    }
  }
  // "Minister for Public Health Steve Brine", "Chief of Staff Nzioka Waita": the tagger's span
  // opened inside the title, after its "of"/"for"; the person is the name at the end, from a
  // given name if one is there, else its last two words.
  if (s.type === 'ORG' && s.tokenEnd - s.tokenStart >= 3 && s.tokenStart >= 2 && /^(of|for)$/.test(tokens[s.tokenStart - 1].text) && headKind(tokens[s.tokenStart - 2].text)) {
    let k = s.tokenStart + 1;
    while (k < s.tokenEnd - 1 && !knownGivenName(tokens[k].text)) k++;
    // Without a given name, only a name the article treats as a person's: tagged so elsewhere,
    // or saying something ("vice president of Advanced Development Programs" stays a body).
    const given = k < s.tokenEnd - 1;
    if (!given) k = s.tokenEnd - 2;
    const speaks = /^\s+(said|says|told|added|noted|wrote|warned)\b/.test(text.slice(s.end, s.end + 10));
    const name = tokens.slice(k, s.tokenEnd);
    const nameText = name.map((x) => x.text).join(' ');
    const last = name[name.length - 1].text;
    if ((given || personWord(last) || speaks) && name.every((x) => /^\p{Lu}\p{Ll}+$/u.test(x.text) && !headKind(x.text) && !inLowerCase(text, x.text)) && !ORG_HEAD.test(last) && !BODY_HEAD.test(last) && !GEO_HEAD.test(last) && !countryOf(nameText) && !ORG_FORMS.has(nameText)) {
      // The title's own words stay a span of their own, neither person nor body, so that the
      // role finder reads "Minister for Public Health" whole, as it reads "Ambassador to Russia".
      titleRest = spanWith(s, { type: 'MISC', tokenEnd: k, end: tokens[k - 1].end, text: text.slice(s.start, tokens[k - 1].end) });
      s.type = 'PER';
      s.tokenStart = k;
      s.start = tokens[k].start;
      s.text = text.slice(s.start, s.end);
    }
  }
  // "aunt Sue Allard", "his son Erik Lund", "His widow, Rafida Ahmed", "developer Ammar Askar",
  // "Mr Trump": a kinship or occupation word or an honorific before a name, or an honorific
  // opening it, says person.
  if (s.type === 'ORG' && s.tokenEnd - s.tokenStart <= 3 && s.tokenStart >= 1) {
    const before = tokens[s.tokenStart - 1].text;
    const opens = HONORIFIC_WORD.test(tokens[s.tokenStart].text) && s.tokenEnd - s.tokenStart >= 2;
    const kinBefore = KIN.test(before) || (before === ',' && s.tokenStart >= 3 && KIN.test(tokens[s.tokenStart - 2].text) && /^(his|her|their|my|our)$/i.test(tokens[s.tokenStart - 3].text));
    if ((kinBefore || OCCUPATION.test(before) || HONORIFIC_WORD.test(before) || opens) && tokens.slice(s.tokenStart + (opens ? 1 : 0), s.tokenEnd).every((x) => /^\p{Lu}\p{Ll}/u.test(x.text)) && !ORG_HEAD.test(s.text) && !BODY_HEAD.test(tokens[s.tokenEnd - 1].text) && !ORG_FORMS.has(s.text)) s.type = 'PER';
  }
  return titleRest;
}
