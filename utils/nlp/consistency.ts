// Document-level passes over the corrected spans: names from the gazetteer, one type per name
// in an article, headline Title Case distrusted, "Walmart and Kroger" split in two.
import type { Span } from './tagger';
import type { Token } from './tokenize';
import { ORG_FORMS, ORG_PREFIXES } from './lexicon/organisations';
import { startsUpper, startsWithFourLetters } from './chars';
import { LEGAL_FORM, inLowerCase, givenNameFirst } from './name-facts';
import { FIRST_NAMES } from './lexicon/first-names';

const MAX_ORG_WORDS = 8;
const TITLE_SMALL_WORDS = new Set(['With', 'The', 'Of', 'And', 'For', 'To', 'In', 'On', 'At', 'After', 'From', 'Over', 'Is', 'Are', 'As', 'By', 'Into', 'Amid', 'Says', 'Will', 'Be', 'Its', 'Not', 'Than', 'Up']);
/** Whether `w` could be one of them (capital ASCII first, five letters at most): most words of
 * a text are ruled out before the set is asked. */
const maybeSmallWord = (w: string) => w.length <= 5 && w.charCodeAt(0) >= 65 && w.charCodeAt(0) <= 90;

/**
 * Organisations from the gazetteer: a known name the tagger missed becomes an ORG span, and one
 * it mistyped (Google as a person) is corrected. A longer span the tagger found that contains
 * the name ("Russian Foreign Ministry") is left alone.
 */
export function known(text: string, tokens: Token[], spans: Span[]): Span[] {
  const owner = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, k) => owner.fill(k, s.tokenStart, s.tokenEnd));
  const added: Span[] = [];
  const dropped = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!startsUpper(tokens[i].text)) continue;
    let match = 0;
    let phrase = '';
    for (let j = i; j < tokens.length && j < i + MAX_ORG_WORDS; j++) {
      phrase = j === i ? tokens[j].text : phrase + text.slice(tokens[j - 1].end, tokens[j].start) + tokens[j].text;
      // Every known form is its own prefix: most capitalised words stop at the first lookup.
      if (!ORG_PREFIXES.has(phrase)) break;
      if (ORG_FORMS.has(phrase)) match = j + 1;
    }
    if (!match) continue;
    // "WHO IS THE FRONT-RUNNER?": in a line set in capitals, an acronym that is also a word
    // the article writes in lower case is that word.
    if (match === i + 1 && capsWord(text, tokens[i])) {
      if (owner[i] >= 0 && spans[owner[i]].tokenEnd - spans[owner[i]].tokenStart === 1) dropped.add(owner[i]);
      continue;
    }
    // Tagger spans wholly inside the known name give way to it; one reaching beyond it
    // ("Russian Foreign Ministry" around "Foreign Ministry") wins.
    const overlapping = new Set<number>();
    for (let t = i; t < match; t++) if (owner[t] >= 0) overlapping.add(owner[t]);
    if ([...overlapping].some((o) => spans[o].tokenStart < i || spans[o].tokenEnd > match)) continue;
    for (const o of overlapping) dropped.add(o);
    added.push({ type: 'ORG', tokenStart: i, tokenEnd: match, start: tokens[i].start, end: tokens[match - 1].end, text: text.slice(tokens[i].start, tokens[match - 1].end) });
    i = match - 1;
  }
  if (!added.length && !dropped.size) return spans;
  return [...spans.filter((_, k) => !dropped.has(k)), ...added].sort((a, b) => a.start - b.start);
}

/** An all-capitals word on a line with no lower-case letter, which the text also writes in lower case. */
function capsWord(text: string, t: Token): boolean {
  if (!/^\p{Lu}{2,}$/u.test(t.text)) return false;
  const from = text.lastIndexOf('\n', t.start) + 1;
  const nl = text.indexOf('\n', t.end);
  if (/\p{Ll}/u.test(text.slice(from, nl < 0 ? text.length : nl))) return false;
  return inLowerCase(text, t.text);
}

/**
 * In a Title Case Line (headlines) capitals say nothing, so the tagger's guesses there are kept
 * only for names the rest of the article also tags.
 */
export function trustTitleCase(text: string, tokens: Token[], spans: Span[]): Span[] {
  const titleLine = new Set<number>();
  // First tokens of spans: a small word opening a name ("London ( The Oval )") is no sign of
  // Title Case (one inside a span may be the tagger running on through a headline). Marked
  // once, when a line first asks.
  let opening: Uint8Array | null = null;
  const opensName = () => {
    if (!opening) {
      opening = new Uint8Array(tokens.length);
      for (const s of spans) opening[s.tokenStart] = 1;
    }
    return opening;
  };
  // Lines whose words of four letters or more are nearly all capitalised.
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  for (let i = 0; i <= tokens.length; i++) {
    if (i > 0) while (nextBreak >= 0 && nextBreak < tokens[i - 1].end) nextBreak = text.indexOf('\n', nextBreak + 1);
    const newLine = i === tokens.length || (i > lineStart && nextBreak >= 0 && nextBreak < tokens[i].start);
    if (!newLine) continue;
    // Counted in one loop over the line (a paragraph is a line: no copies of its tokens).
    let words = 0;
    let caps = 0;
    let lower = false;
    // Title Case capitalises small words too ("Leaves Shareholders With Little Say"); a table
    // of names and scores does not.
    let smallCapital = false;
    for (let k = lineStart; k < i; k++) {
      const w = tokens[k].text;
      if (k > lineStart && !smallCapital && maybeSmallWord(w) && TITLE_SMALL_WORDS.has(w) && !opensName()[k]) smallCapital = true;
      if (!startsWithFourLetters(w)) continue;
      words++;
      if (startsUpper(w)) caps++;
      if (!lower && /\p{Ll}/u.test(w)) lower = true;
    }
    if (smallCapital && words >= 3 && caps / words >= 0.75 && lower) for (let k = lineStart; k < i; k++) titleLine.add(k);
    lineStart = i;
  }
  if (!titleLine.size) return spans;
  return keepKnown(text, tokens, spans, (s) => titleLine.has(s.tokenStart));
}

/**
 * Spans in Title Case (`titled`) stay where the rest of the article tags the same name or one
 * of its words; otherwise only the names the article knows inside them are kept.
 */
function keepKnown(text: string, tokens: Token[], spans: Span[], titled: (s: Span) => boolean): Span[] {
  const rest = spans.filter((s) => !titled(s));
  const known = new Set<string>();
  for (const s of rest) for (const w of [s.text, ...s.text.split(/\s+/)]) known.add(norm(w));
  const names = namesOf(rest);
  return spans.flatMap((s) => (!titled(s) || known.has(norm(s.text)) ? [s] : knownParts(text, tokens, s, names)));
}

/**
 * The article's names with their types, and its people's surnames ("Ross" of "Gary Ross"). A
 * single word counts only when it is a surname or was tagged alone more than once: one stray
 * tag in the body ("in Queens" as a person) must not be copied into the headline.
 */
function namesOf(spans: Span[]): Map<string, Span['type']> {
  const names = new Map<string, Span['type']>();
  const alone = new Map<string, number>();
  for (const s of spans) {
    const key = norm(s.text);
    if (!s.text.includes(' ')) alone.set(key, (alone.get(key) ?? 0) + 1);
    else if (!names.has(key)) names.set(key, s.type);
  }
  for (const s of spans) {
    const key = norm(s.text);
    if (!names.has(key) && (alone.get(key) ?? 0) >= 2) names.set(key, s.type);
  }
  for (const s of spans) {
    if (s.type !== 'PER') continue;
    const last = s.text.slice(s.text.lastIndexOf(' ') + 1);
    if (last !== s.text && !names.has(norm(last))) names.set(norm(last), 'PER');
  }
  return names;
}

/**
 * The names the article knows inside a Title Case span the tagger ran on ("Gary Ross Will Not
 * Direct" holds "Gary Ross"; "Obama Reverses Bush" holds two), longest first, each with the
 * type the article gave it. A given name just before a known surname joins it ("Lindsay" of
 * "Lindsay Lohan", where the article says "Lohan").
 */
function knownParts(text: string, tokens: Token[], s: Span, known: Map<string, Span['type']>): Span[] {
  const parts: Span[] = [];
  const taken = new Uint8Array(s.tokenEnd - s.tokenStart);
  for (let len = s.tokenEnd - s.tokenStart - 1; len >= 1; len--) {
    for (let a = s.tokenStart; a + len <= s.tokenEnd; a++) {
      if (taken.subarray(a - s.tokenStart, a - s.tokenStart + len).some((x) => x)) continue;
      const first = tokens[a].text;
      const last = tokens[a + len - 1].text;
      // A part opens and closes on capitalised words, and is more than an initial ("D.").
      if (!startsUpper(first) || !startsUpper(last) || (len === 1 && !/^\p{Lu}\p{Ll}+$/u.test(first))) continue;
      const phrase = text.slice(tokens[a].start, tokens[a + len - 1].end);
      const type = known.get(norm(phrase));
      if (!type) continue;
      let start = a;
      if (type === 'PER' && a > s.tokenStart && !taken[a - 1 - s.tokenStart] && FIRST_NAMES.has(tokens[a - 1].text.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(tokens[a - 1].text)) start = a - 1;
      taken.fill(1, start - s.tokenStart, a + len - s.tokenStart);
      parts.push({ type, tokenStart: start, tokenEnd: a + len, start: tokens[start].start, end: tokens[a + len - 1].end, text: text.slice(tokens[start].start, tokens[a + len - 1].end) });
    }
  }
  return parts.sort((x, y) => x.start - y.start);
}

/** Lower case without a final possessive; the same as replacing /['’]s$/, without a pattern per call. */
const norm = (s: string) => {
  const l = s.toLowerCase();
  const q = l.charCodeAt(l.length - 2);
  return l.endsWith('s') && (q === 39 || q === 0x2019) ? l.slice(0, -2) : l;
};

/** Title Case: of three or more words of four letters, three in four capitalised, not all caps. */
function isTitleCase(line: string): boolean {
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 3 || !words.some((w) => /\p{Ll}/u.test(w))) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.75;
}

/**
 * Headings set in Title Case (the headline, subheads: "Tuft Cells Taste Danger") say nothing
 * with their capitals either: their names are kept only when the rest of the article has them.
 */
export function trustHeadings(text: string, tokens: Token[], spans: Span[], headings: { start: number; end: number }[]): Span[] {
  const titled = headings.filter((h) => isTitleCase(text.slice(h.start, h.end)));
  if (!titled.length) return spans;
  return keepKnown(text, tokens, spans, (s) => titled.some((h) => s.start >= h.start && s.end <= h.end));
}

/**
 * One name, one type within an article: a string tagged as a person most of the time is a
 * person everywhere ("Trump" tagged ORG once beside "Donald Trump" twice), and a single word
 * that is part of a longer name takes that name's type ("Tsahkna" after "Margus Tsahkna").
 */
export function vote(spans: Span[]): Span[] {
  const votes = new Map<string, Ballot>();
  const add = (key: string, type: Span['type'], w: number) => {
    let b = votes.get(key);
    if (!b) votes.set(key, (b = { weight: [0, 0, 0, 0], order: [] }));
    const t = TYPE_INDEX[type];
    if (!b.order.includes(t)) b.order.push(t);
    b.weight[t] += w;
  };
  // Names met alone as people: a "full name" that starts with one ("Lebed Chechnya") is more
  // likely two names run together than a person whose surname this is.
  const alonePeople = new Set(spans.filter((s) => s.type === 'PER' && !/\s/.test(s.text)).map((s) => norm(s.text)));
  const keys = spans.map((s) => norm(s.text));
  spans.forEach((s, i) => {
    // A team typed from where it stands says nothing about the same word elsewhere.
    if (s.fixed) return;
    add(keys[i], s.type, 1);
    const words = s.text.split(/\s+/);
    // A company's name without its legal form is the company ("Halvorsen Marine" of
    // "Halvorsen Marine Inc").
    if (s.type === 'ORG' && words.length > 1 && LEGAL_FORM.test(words[words.length - 1])) add(norm(words.slice(0, -1).join(' ')), 'ORG', 4);
    // Full names and their parts vote for PER more strongly than a lone tag elsewhere.
    if (s.type === 'PER' && words.length > 1) {
      add(keys[i], 'PER', 0.6);
      // A word of a full name seen elsewhere is very likely the same person ("Trump"); the
      // surname above all, however often the tagger read it alone as a place ("MaliVai
      // Washington", then "Washington" seven times in a tennis report).
      const surname = alonePeople.has(norm(words[0])) ? 4 : 12;
      words.forEach((w, k) => add(norm(w), 'PER', k === words.length - 1 ? surname : 4));
      // ... and so is its tail ("Suu Kyi" of "Aung San Suu Kyi").
      for (let k = 1; k < words.length - 1; k++) add(norm(words.slice(k).join(' ')), 'PER', 4);
    }
  });
  spans.forEach((s, i) => {
    const b = votes.get(keys[i]);
    if (!b || s.fixed) return;
    // The heaviest type wins; a tie keeps the span's own type, else the type voted for first.
    let best = TYPE_INDEX[s.type];
    for (const t of b.order) if (b.weight[t] > b.weight[best]) best = t;
    s.type = TYPES[best];
  });
  return spans;
}

const TYPES: Span['type'][] = ['PER', 'ORG', 'LOC', 'MISC'];
const TYPE_INDEX: Record<Span['type'], number> = { PER: 0, ORG: 1, LOC: 2, MISC: 3 };
/** The votes for one name: a weight per type (TYPES' order), and the types in the order first voted for. */
interface Ballot {
  weight: number[];
  order: number[];
}

/** "Walmart and Kroger" tagged as one organisation: two, when either name stands alone elsewhere. */
export function splitConjoined(text: string, tokens: Token[], spans: Span[]): Span[] {
  let alone: Set<string> | null = null;
  const out: Span[] = [];
  for (const s of spans) {
    const k = s.type === 'ORG' ? conjunctionAt(tokens, s) : -1;
    if (k <= 0 || s.tokenStart + k + 1 >= s.tokenEnd) {
      out.push(s);
      continue;
    }
    const mk = (a: number, b: number): Span => ({ ...s, tokenStart: a, tokenEnd: b, start: tokens[a].start, end: tokens[b - 1].end, text: text.slice(tokens[a].start, tokens[b - 1].end) });
    const left = mk(s.tokenStart, s.tokenStart + k);
    const right = mk(s.tokenStart + k + 1, s.tokenEnd);
    const known = (x: Span) => (alone ??= new Set(spans.map((s) => norm(s.text)))).has(norm(x.text)) || ORG_FORMS.has(x.text);
    // "The New York Times and Nathaniel Rich": a given name opens a person's name.
    const person = (x: Span) => givenNameFirst(tokens, x.tokenStart, x.tokenEnd, x.text);
    // "Chevron Corp and Texaco Inc": a legal form closes the first name.
    const closed = tokens[s.tokenStart + k].text === 'and' && LEGAL_FORM.test(tokens[s.tokenStart + k - 1].text);
    if (closed || known(left) || known(right) || person(right)) {
      for (const x of [left, right]) if (person(x)) x.type = 'PER';
      out.push(left, right);
    } else out.push(s);
  }
  return out;
}

/** Where the first "and" or "&" of the span is, counted from its first token, or -1. */
function conjunctionAt(tokens: Token[], s: Span): number {
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (tokens[i].text === 'and' || tokens[i].text === '&') return i - s.tokenStart;
  return -1;
}
