// Facts about how names are written, shared by the span corrections (postprocess.ts) and the
// document-level passes (consistency.ts).
import type { Span } from './tagger';
import type { Token } from './tokenize';
import { GIVEN_NAMES } from './lexicon/given-names';
import { FIRST_NAMES } from './lexicon/first-names';
import { ORG_FORMS } from './lexicon/organisations';

export const GEO_HEAD = /\b(sea|ocean|gulf|river|mountains?|islands?|strait|strip|base|palace|castle|cathedral|abbey|mosque|forest|forest reserve|nature reserve|game reserve|national park|peninsula|bay|lake|valley|desert|coast|plains|plateau|basin|highlands|heights|channel|canal|sound|harbou?r|beach|passage|street|avenue|road|park|square|bridge|airport|county|province|district|locks|wall|stadium|arena|amphitheat(re|er))$/i;
// The last word of an organisation's name ("Marine Stewardship Council", "Coresight Research").
export const ORG_HEAD = /\b(corps|images|studios?|design|groupe|robotics|aerospace|pharmaceuticals?|therapeutics|biosciences|logistics|electronics|software|semiconductors?|entertainment|labs|laborator(y|ies)|solutions|industries|enterprises|ventures|suites|hotels?|resorts|academy|school|hospital|museum|council|company|co\.?|corp\.?|corporation|inc\.?|ltd\.?|llc|plc|group|club|research|market|foods|association|institute|institution|university|college|bank|party|trust|authority|agency|ministry|committee|commission|foundation|cent(er|re)|fund|service|services|network|airlines?|air|airways|motors|systems|technologies|translations|communications|productions|publications|publishing|consulting|pictures|records|chemicals|insurance|partners|holdings|capital|media|news|press|times|post|journal|magazine|union|league|federation|organi[sz]ation|department|office|court|police|army|navy|forces?|administration|survey|advis[oe]rs|command|newsroom|newsdesk|desk|congress|senate|board|brothers)$/i;
/** Words that open a sentence and are never a name written in Title Case ("(CNN)An 11-mile stretch"). */
export const FUNCTION_WORDS = new Set('a an the in on at of for with by from to as if it its he she they we our their his her'.split(' '));
// Ordinary words a tagger sometimes takes for a one-word name at the start of a sentence.
export const COMMON = new Set('photo photos image video watch read more again go man woman men women people share follow like live update updates breaking exclusive opinion analysis related latest top new news home sport sports business world here there this that these those what when where why how who but and or so yet then now today yesterday tomorrow also still even just only well good great best first last next other another some many most all every each both either neither such no not yes est edt cst cdt mst mdt pst pdt gmt bst cet cest utc'.split(' '));

/** A company's legal form, which ends its name ('Aurora Packing Co.', 'Kalns Shipping Inc'). */
export const LEGAL_FORM = /^(?:(Co|Inc|Corp|Ltd|LLC|LLP|Plc|PLC|GmbH|AG|SA|NV|BV|SpA|AB|ASA|Oyj|Bhd|Pty|Tbk)\.?|S\.A\.|N\.V\.|B\.V\.|A\.G\.|S\.p\.A\.|a\.s\.|A\/S)$/;

export const DOCUMENTS = new Set(['constitution', 'charter', 'treaty', 'accord', 'accords', 'declaration', 'covenant', 'manifesto', 'bible', 'koran', 'quran', 'sharia', 'torah', 'talmud', 'hadith']);
// (And "Email Tariq Malik", a contact line's word before the reporter.)
export const CREDIT_WORDS = new Set(['credit', 'credits', 'photo', 'photograph', 'image', 'source', 'video', 'pictured', 'caption', 'email', 'e-mail']);
export const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** The word a name is built on: before "of" ("Academy of Sciences"), else the last. */
export function headOf(name: string): string {
  const m = /^(.*?)\s+of\s/.exec(name);
  return m ? m[1] : name;
}

export const SPORT_VERBS = new Set(['beat', 'beats', 'defeated', 'defeat', 'edged', 'routed', 'thrashed', 'drew', 'draw', 'lost', 'won', 'trounced', 'blanked', 'swept', 'rallied', 'clinched', 'v', 'vs', 'vs.', 'versus']);

/** A city name used as a team: a score or a sports verb beside it, or a line in capitals. */
export function asTeam(text: string, tokens: Token[], s: Span): boolean {
  const next = tokens[s.tokenEnd]?.text ?? '';
  const prev = tokens[s.tokenStart - 1]?.text.toLowerCase() ?? '';
  if (/^\d/.test(next) || SPORT_VERBS.has(next.toLowerCase()) || SPORT_VERBS.has(prev)) return true;
  const a = text.lastIndexOf('\n', s.start) + 1;
  const b = text.indexOf('\n', s.end);
  const line = text.slice(a, b < 0 ? text.length : b);
  return !/\p{Ll}/u.test(line) || /\b\d{1,3}-\d{1,3}\b/.test(line);
}

/** First word of a sentence, a line or a quotation: where capitals say nothing. */
export function startsSentence(text: string, tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  const gap = text.slice(tokens[i - 1].end, tokens[i].start);
  if (gap.includes('\n') || /^[.!?:"“‘(]$/.test(tokens[i - 1].text)) return true;
  // A bullet opening its line ("- Blaming Iraq for ...", "* Shares in ...").
  return /^[-*•–]$/.test(tokens[i - 1].text) && (i === 1 || text.slice(tokens[i - 2].end, tokens[i - 1].start).includes('\n'));
}

const EVENT_HEAD = new Set(['war', 'battle', 'siege', 'revolution', 'uprising', 'massacre', 'campaign', 'crisis']);

/** The span follows "War of" or "Battle of": it is the rest of an event's name. */
export function afterEventOf(text: string, tokens: Token[], i: number): boolean {
  return i >= 2 && tokens[i - 1].text === 'of' && EVENT_HEAD.has(tokens[i - 2].text.toLowerCase());
}

/**
 * The text writes the word in lower case, as a word of its own ("funding" beside "Major
 * Funding"). Searched with indexOf, since few spans ask; a text asked about often (a very long
 * one) gets a set of its lower-case words instead, once.
 */
let lowerOf: string | null = null;
let lowerAsked = 0;
let lowerWords: Set<string> | null = null;
export function inLowerCase(text: string, w: string): boolean {
  const lw = w.toLowerCase();
  if (lowerOf !== text) {
    lowerOf = text;
    lowerAsked = 0;
    lowerWords = null;
  }
  if (++lowerAsked > 16 && /^[\p{L}\p{N}]+$/u.test(lw)) {
    lowerWords ??= new Set(text.match(/[\p{L}\p{N}]+/gu)?.filter((x) => x === x.toLowerCase()) ?? []);
    return lowerWords.has(lw);
  }
  for (let at = text.indexOf(lw); at >= 0; at = text.indexOf(lw, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[at + lw.length] ?? ' ')) return true;
  }
  return false;
}

/**
 * "... personally identifiable information (PII)", "220 kilovolt ( KV )": the acronym of words
 * in lower case, not of a name. One word spells it when its letters hold the acronym's in order.
 */
export function spelledOutInLowerCase(text: string, acronym: string): boolean {
  if (!text.includes(acronym + ')') && !text.includes(acronym + ' )')) return false;
  const find = new RegExp(`\\(\\s?${acronym}\\s?\\)`, 'g');
  const lower = acronym.toLowerCase();
  let n = 0;
  for (const m of text.matchAll(find)) {
    if (++n > 5) break;
    const words = text.slice(Math.max(0, m.index - 120), m.index).replace(/["“”‘’]/g, ' ').trim().split(/\s+/);
    const last = words.slice(-acronym.length);
    if (last.length === acronym.length && last.every((w, k) => w[0] === lower[k])) return true;
    const one = words[words.length - 1] ?? '';
    if (one.length > acronym.length + 2 && one === one.toLowerCase() && one[0] === lower[0] && inOrder(one, lower)) return true;
  }
  return false;
}

function inOrder(word: string, letters: string): boolean {
  let at = 0;
  for (const c of letters) if ((at = word.indexOf(c, at) + 1) === 0) return false;
  return true;
}

/** The words after the span on its line. */
function restOfLine(text: string, s: Span): string[] {
  const end = text.indexOf('\n', s.end);
  return text.slice(s.end, end < 0 ? text.length : end).trim().split(/\s+/);
}

/** The span opens its line and is followed by plain numbers (not a date): a standings row. */
export function tableRowTeam(text: string, tokens: Token[], s: Span): boolean {
  // Only white space between the line's start and the name (checked from the name back: most
  // names stand inside a line, and one character tells).
  for (let i = s.start - 1; i >= 0 && text.charCodeAt(i) !== 10; i--) if (!/\s/.test(text[i])) return false;
  const rest = restOfLine(text, s);
  return rest.length >= 2 && /^\d[\d,]*$/.test(rest[0]) && rest.filter((w) => /^[\d.,]+$/.test(w)).length >= 2;
}

/** The span opens its line and six plain numbers or more follow it, one of them a single digit
 * and the last a whole number: a team's standings row (played, won, drawn, lost, goals,
 * points), which a golfer's rounds and a batsman's or bowler's averages are not. */
export function standingsRow(text: string, tokens: Token[], s: Span): boolean {
  if (!tableRowTeam(text, tokens, s)) return false;
  const rest = restOfLine(text, s);
  return rest.length >= 6 && rest.every((w) => /^\d+(\.\d+)?$/.test(w)) && rest.some((w) => /^\d$/.test(w)) && /^\d+$/.test(rest[rest.length - 1]);
}

/** A first name either list of given names knows ("Thierry" only the long one). */
export function knownGivenName(w: string): boolean {
  const l = w.toLowerCase();
  return GIVEN_NAMES.has(l) || FIRST_NAMES.has(l);
}

/**
 * Tokens a..b read as a person's name when they are two or three Title Case words opening with
 * a given name, and no body's ("The New York Times and Nathaniel Rich", "the BBC's Emily
 * Maitlis"): `name` is their text.
 */
export function givenNameFirst(tokens: Token[], a: number, b: number, name: string): boolean {
  if (b - a < 2 || b - a > 3) return false;
  const first = tokens[a].text.toLowerCase();
  if (!knownGivenName(first)) return false;
  for (let k = a; k < b; k++) if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[k].text)) return false;
  return !ORG_HEAD.test(name) && !ORG_FORMS.has(name);
}
