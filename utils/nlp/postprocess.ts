// Corrections to the tagger's spans that follow from facts about names rather than from
// training data: "Russian" + "Foreign Ministry" is one organisation; "Baltic Sea" is a place;
// a span never starts or ends on punctuation ("REUTERS/").
import type { Span } from './tagger';
import type { Token } from './tokenize';
import { DEMONYMS, countryOf } from './lexicon/places';
import { ORG_FORMS, ORG_PREFIXES } from './lexicon/organisations';
import { GIVEN_NAMES } from './lexicon/given-names';
import { PLACE_NAMES } from './lexicon/cities';
import { PEOPLES, GROUP_NOUNS } from './lexicon/peoples';
import { extendOrgNames } from './org-names';

const GEO_HEAD = /\b(sea|ocean|gulf|river|mountains?|islands?|strait|peninsula|bay|lake|valley|desert|coast|channel|canal|sound|harbou?r|beach|passage|street|avenue|road|park|square|bridge|airport|county|province|district|locks)$/i;
// The last word of an organisation's name ("Marine Stewardship Council", "Coresight Research").
const ORG_HEAD = /\b(academy|school|hospital|museum|council|company|co\.?|corp\.?|corporation|inc\.?|ltd\.?|llc|plc|group|club|research|market|foods|association|institute|institution|university|college|bank|party|trust|authority|agency|ministry|committee|commission|foundation|cent(er|re)|fund|service|services|network|airlines?|motors|systems|technologies|partners|holdings|capital|media|news|press|times|post|journal|magazine|union|league|federation|organi[sz]ation|department|office|court|police|army|navy|forces?)$/i;
// Ordinary words a tagger sometimes takes for a one-word name at the start of a sentence.
const COMMON = new Set('photo photos image video watch read more again go man woman men women people share follow like live update updates breaking exclusive opinion analysis related latest top new news home sport sports business world here there this that these those what when where why how who but and or so yet then now today yesterday tomorrow also still even just only well good great best first last next other another some many most all every each both either neither such no not yes'.split(' '));

const CREDIT_WORDS = new Set(['credit', 'credits', 'photo', 'photograph', 'image', 'source', 'video', 'pictured', 'caption']);
const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** The word a name is built on: before "of" ("Academy of Sciences"), else the last. */
function headOf(name: string): string {
  const m = /^(.*?)\s+of\s/.exec(name);
  return m ? m[1] : name;
}

const SPORT_VERBS = new Set(['beat', 'beats', 'defeated', 'defeat', 'edged', 'routed', 'thrashed', 'drew', 'draw', 'lost', 'won', 'trounced', 'blanked', 'swept', 'rallied', 'clinched', 'v', 'vs', 'vs.', 'versus']);

/** A city name used as a team: a score or a sports verb beside it, or a line in capitals. */
function asTeam(text: string, tokens: Token[], s: Span): boolean {
  const next = tokens[s.tokenEnd]?.text ?? '';
  const prev = tokens[s.tokenStart - 1]?.text.toLowerCase() ?? '';
  if (/^\d/.test(next) || SPORT_VERBS.has(next.toLowerCase()) || SPORT_VERBS.has(prev)) return true;
  const a = text.lastIndexOf('\n', s.start) + 1;
  const b = text.indexOf('\n', s.end);
  const line = text.slice(a, b < 0 ? text.length : b);
  return !/\p{Ll}/u.test(line) || /\b\d{1,3}-\d{1,3}\b/.test(line);
}

/** First word of a sentence, a line or a quotation: where capitals say nothing. */
function startsSentence(text: string, tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  const gap = text.slice(tokens[i - 1].end, tokens[i].start);
  return gap.includes('\n') || /^[.!?:"“‘(]$/.test(tokens[i - 1].text);
}

export function postprocess(text: string, tokens: Token[], spans: Span[]): Span[] {
  const out: Span[] = [];
  const lowerWords = new Set<string>();
  for (const t of tokens) if (/^\p{Ll}/u.test(t.text)) lowerWords.add(t.text);
  for (const s0 of spans) {
    const s = { ...s0 };
    // Trim punctuation tokens at either end.
    while (s.tokenEnd > s.tokenStart && !/[\p{L}\p{N}]/u.test(tokens[s.tokenEnd - 1].text)) s.tokenEnd--;
    while (s.tokenStart < s.tokenEnd && !/[\p{L}\p{N}]/u.test(tokens[s.tokenStart].text)) s.tokenStart++;
    if (s.tokenStart >= s.tokenEnd) continue;
    // Credit words are not part of a name ("Credit Harry Campbell", "Photo: ...").
    while (s.tokenEnd - s.tokenStart > 1 && CREDIT_WORDS.has(tokens[s.tokenStart].text.toLowerCase())) s.tokenStart++;
    // "REUTERS/Maxim Shemetov": a slash inside splits what the tagger joined.
    const slash = tokens.slice(s.tokenStart, s.tokenEnd).findIndex((t) => t.text === '/');
    if (slash > 0) s.tokenEnd = s.tokenStart + slash;
    s.start = tokens[s.tokenStart].start;
    s.end = tokens[s.tokenEnd - 1].end;
    s.text = text.slice(s.start, s.end);
    // "Ambassador to Russia Zhang Hanhui" tagged as one place: the country, then a person.
    if (s.type === 'LOC' && s.tokenEnd - s.tokenStart > 1 && countryOf(tokens[s.tokenStart].text) && !countryOf(s.text)) {
      const rest = tokens.slice(s.tokenStart + 1, s.tokenEnd);
      if (rest.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) && !GEO_HEAD.test(s.text)) {
        out.push({ ...s, tokenEnd: s.tokenStart + 1, end: tokens[s.tokenStart].end, text: tokens[s.tokenStart].text });
        s.tokenStart++;
        s.start = tokens[s.tokenStart].start;
        s.text = text.slice(s.start, s.end);
        s.type = 'PER';
      }
    }
    if ((s.type === 'ORG' || s.type === 'PER') && GEO_HEAD.test(s.text) && s.tokenEnd - s.tokenStart > 1) s.type = 'LOC';
    if ((s.type === 'PER' || s.type === 'MISC') && s.tokenEnd - s.tokenStart > 1 && ORG_HEAD.test(headOf(s.text))) s.type = 'ORG';
    // Holidays and events are not people or organisations ("Mother's Day", "Cold War").
    if ((s.type === 'PER' || s.type === 'ORG') && /\b(day|eve|week|war|games|cup|festival|forum|summit|olympics)$/i.test(s.text)) s.type = 'MISC';
    // "Harry Campbell" tagged as an organisation: a given name first and no organisation word.
    if (s.type === 'ORG' && s.tokenEnd - s.tokenStart <= 3 && s.tokenEnd - s.tokenStart > 1 && GIVEN_NAMES.has(tokens[s.tokenStart].text.toLowerCase()) && !ORG_HEAD.test(s.text) && !ORG_FORMS.has(s.text)) s.type = 'PER';
    // One-word "NetLog" or "LucasNolan" (a product, a handle) is not a person's name.
    if (s.type === 'PER' && s.tokenEnd - s.tokenStart === 1 && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(s.text) && !/^(Mc|Mac|De|Di|Da|La|Le|Van|Von)\p{Lu}/u.test(s.text)) s.type = 'MISC';
    // A city is a place even when it stands for its government; it stays an organisation only
    // as a team ("Seattle beat Chicago", "Seattle 5 Chicago 3").
    const place = countryOf(s.text) || (PLACE_NAMES.has(s.text) && (s.type !== 'ORG' || !asTeam(text, tokens, s)));
    if ((s.type === 'MISC' || s.type === 'PER' || s.type === 'ORG') && place && !DEMONYMS.has(s.text.toLowerCase())) s.type = 'LOC';
    // Months, demonyms and ordinary words at the start of a sentence are not names.
    if (s.tokenEnd - s.tokenStart === 1 && (s.type === 'PER' || s.type === 'ORG')) {
      const lw = s.text.toLowerCase();
      if (MONTHS.has(lw.replace(/\.$/, '')) || COMMON.has(lw)) continue;
      if (DEMONYMS.has(lw) || PEOPLES.has(lw)) s.type = 'MISC';
      else if (lowerWords.has(lw) && startsSentence(text, tokens, s.tokenStart)) continue;
    }
    // "Māori people", "Kurdish community": a group, not an organisation or a person.
    if ((s.type === 'PER' || s.type === 'ORG') && s.tokenEnd - s.tokenStart === 2) {
      const [a, b] = [tokens[s.tokenStart].text.toLowerCase(), tokens[s.tokenStart + 1].text.toLowerCase()];
      if ((PEOPLES.has(a) || DEMONYMS.has(a)) && GROUP_NOUNS.has(b)) s.type = 'MISC';
    }
    // A capital or a country is a place, whatever the tagger thought.
    if ((s.type === 'PER' || s.type === 'ORG') && countryOf(s.text)) s.type = 'LOC';
    const prev = out[out.length - 1];
    // "Security Council" + "of the" + "Russian Federation": one organisation.
    if (prev && prev.type === 'ORG' && (s.type === 'LOC' || s.type === 'ORG') && /^\s+of\s+(the\s+)?$/.test(text.slice(prev.end, s.start))) {
      prev.end = s.end;
      prev.tokenEnd = s.tokenEnd;
      prev.text = text.slice(prev.start, prev.end);
      continue;
    }
    // A demonym right before an organisation belongs to its name.
    if (s.type === 'ORG' && prev && prev.type === 'MISC' && prev.tokenEnd === s.tokenStart && DEMONYMS.has(prev.text.toLowerCase())) {
      out.pop();
      s.tokenStart = prev.tokenStart;
      s.start = prev.start;
      s.text = text.slice(s.start, s.end);
    }
    out.push(s);
  }
  return trustTitleCase(text, tokens, vote(known(text, tokens, extendOrgNames(text, tokens, splitConjoined(text, tokens, out)))));
}

const MAX_ORG_WORDS = 8;
const TITLE_SMALL_WORDS = new Set(['With', 'The', 'Of', 'And', 'For', 'To', 'In', 'On', 'At', 'After', 'From', 'Over', 'Is', 'Are', 'As', 'By', 'Into', 'Amid', 'Says', 'Will', 'Be', 'Its', 'Not', 'Than', 'Up']);

/**
 * Organisations from the gazetteer: a known name the tagger missed becomes an ORG span, and one
 * it mistyped (Google as a person) is corrected. A longer span the tagger found that contains
 * the name ("Russian Foreign Ministry") is left alone.
 */
function known(text: string, tokens: Token[], spans: Span[]): Span[] {
  const owner = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, k) => owner.fill(k, s.tokenStart, s.tokenEnd));
  const added: Span[] = [];
  const dropped = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\p{Lu}/u.test(tokens[i].text)) continue;
    let match = 0;
    let phrase = '';
    for (let j = i; j < tokens.length && j < i + MAX_ORG_WORDS; j++) {
      phrase = j === i ? tokens[j].text : phrase + text.slice(tokens[j - 1].end, tokens[j].start) + tokens[j].text;
      if (ORG_FORMS.has(phrase)) match = j + 1;
      if (!ORG_PREFIXES.has(phrase)) break;
    }
    if (!match) continue;
    // Tagger spans wholly inside the known name give way to it; one reaching beyond it
    // ("Russian Foreign Ministry" around "Foreign Ministry") wins.
    const overlapping = new Set<number>();
    for (let t = i; t < match; t++) if (owner[t] >= 0) overlapping.add(owner[t]);
    if ([...overlapping].some((o) => spans[o].tokenStart < i || spans[o].tokenEnd > match)) continue;
    for (const o of overlapping) dropped.add(o);
    added.push({ type: 'ORG', tokenStart: i, tokenEnd: match, start: tokens[i].start, end: tokens[match - 1].end, text: text.slice(tokens[i].start, tokens[match - 1].end) });
    i = match - 1;
  }
  if (!added.length) return spans;
  return [...spans.filter((_, k) => !dropped.has(k)), ...added].sort((a, b) => a.start - b.start);
}

/**
 * In a Title Case Line (headlines) capitals say nothing, so the tagger's guesses there are kept
 * only for names the rest of the article also tags.
 */
function trustTitleCase(text: string, tokens: Token[], spans: Span[]): Span[] {
  const known = new Set<string>();
  const titleLine = new Set<number>();
  // Lines whose words of four letters or more are nearly all capitalised.
  let lineStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const newLine = i === tokens.length || (i > lineStart && text.slice(tokens[i - 1].end, tokens[i].start).includes('\n'));
    if (!newLine) continue;
    const words = tokens.slice(lineStart, i).filter((t) => /^\p{L}{4,}/u.test(t.text));
    const caps = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
    // Title Case capitalises small words too ("Leaves Shareholders With Little Say"); a table
    // of names and scores does not.
    const smallCapital = tokens.slice(lineStart + 1, i).some((t) => TITLE_SMALL_WORDS.has(t.text));
    if (smallCapital && words.length >= 3 && caps / words.length >= 0.75 && words.some((t) => /\p{Ll}/u.test(t.text))) for (let k = lineStart; k < i; k++) titleLine.add(k);
    lineStart = i;
  }
  if (!titleLine.size) return spans;
  for (const s of spans) if (!titleLine.has(s.tokenStart)) for (const w of [s.text, ...s.text.split(/\s+/)]) known.add(norm(w));
  return spans.filter((s) => !titleLine.has(s.tokenStart) || known.has(norm(s.text)));
}

const norm = (s: string) => s.toLowerCase().replace(/['’]s$/, '');

/**
 * One name, one type within an article: a string tagged as a person most of the time is a
 * person everywhere ("Trump" tagged ORG once beside "Donald Trump" twice), and a single word
 * that is part of a longer name takes that name's type ("Tsahkna" after "Margus Tsahkna").
 */
function vote(spans: Span[]): Span[] {
  const votes = new Map<string, Map<Span['type'], number>>();
  const add = (key: string, type: Span['type'], w: number) => {
    const v = votes.get(key) ?? new Map();
    v.set(type, (v.get(type) ?? 0) + w);
    votes.set(key, v);
  };
  for (const s of spans) {
    add(norm(s.text), s.type, 1);
    const words = s.text.split(/\s+/);
    // Full names and their parts vote for PER more strongly than a lone tag elsewhere.
    if (s.type === 'PER' && words.length > 1) {
      add(norm(s.text), 'PER', 0.6);
      // A word of a full name seen elsewhere is very likely the same person ("Trump").
      for (const w of words) add(norm(w), 'PER', 4);
      // ... and so is its tail ("Suu Kyi" of "Aung San Suu Kyi").
      for (let k = 1; k < words.length - 1; k++) add(norm(words.slice(k).join(' ')), 'PER', 4);
    }
  }
  for (const s of spans) {
    const v = votes.get(norm(s.text));
    if (!v) continue;
    let best = s.type;
    for (const [t, n] of v) if (n > (v.get(best) ?? 0)) best = t;
    s.type = best;
  }
  return spans;
}

/** "Walmart and Kroger" tagged as one organisation: two, when either name stands alone elsewhere. */
function splitConjoined(text: string, tokens: Token[], spans: Span[]): Span[] {
  const alone = new Set(spans.map((s) => norm(s.text)));
  const out: Span[] = [];
  for (const s of spans) {
    const k = tokens.slice(s.tokenStart, s.tokenEnd).findIndex((t) => t.text === 'and' || t.text === '&');
    if (s.type !== 'ORG' || k <= 0 || s.tokenStart + k + 1 >= s.tokenEnd) {
      out.push(s);
      continue;
    }
    const mk = (a: number, b: number): Span => ({ ...s, tokenStart: a, tokenEnd: b, start: tokens[a].start, end: tokens[b - 1].end, text: text.slice(tokens[a].start, tokens[b - 1].end) });
    const left = mk(s.tokenStart, s.tokenStart + k);
    const right = mk(s.tokenStart + k + 1, s.tokenEnd);
    const known = (x: Span) => alone.has(norm(x.text)) || ORG_FORMS.has(x.text);
    if (known(left) || known(right)) out.push(left, right);
    else out.push(s);
  }
  return out;
}
