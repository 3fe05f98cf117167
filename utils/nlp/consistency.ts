// Document-level passes over the corrected spans: names from the gazetteer, one type per name
// in an article, "Walmart and Kroger" split in two. Title Case lines are in title-case.ts.
import { newSpan, spanWith, type Span } from './span';
import type { Token } from './tokenize';
import { ORG_FORMS, ORG_PREFIXES } from './lexicon/organisations';
import { startsUpper, splitWords } from './chars';
import { LEGAL_FORM, inLowerCase, givenNameFirst } from './name-facts';

const MAX_ORG_WORDS = 8;

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
    added.push(newSpan('ORG', i, match, tokens[i].start, tokens[match - 1].end, text.slice(tokens[i].start, tokens[match - 1].end)));
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

/** Lower case without a final possessive; the same as replacing /['’]s$/, without a pattern per call. */
export const norm = (s: string) => {
  const l = s.toLowerCase();
  const q = l.charCodeAt(l.length - 2);
  return l.endsWith('s') && (q === 39 || q === 0x2019) ? l.slice(0, -2) : l;
};

function addVote(votes: Map<string, Ballot>, key: string, type: Span['type'], w: number): void {
  let b = votes.get(key);
  if (!b) votes.set(key, (b = { weight: [0, 0, 0, 0], order: [] }));
  const t = TYPE_INDEX[type];
  if (!b.order.includes(t)) b.order.push(t);
  b.weight[t] += w;
}

/**
 * One name, one type within an article: a string tagged as a person most of the time is a
 * person everywhere ("Trump" tagged ORG once beside "Donald Trump" twice), and a single word
 * that is part of a longer name takes that name's type ("Tsahkna" after "Margus Tsahkna").
 */
export function vote(spans: Span[]): Span[] {
  const votes = new Map<string, Ballot>();
  // Names met alone as people: a "full name" that starts with one ("Lebed Chechnya") is more
  // likely two names run together than a person whose surname this is.
  const alonePeople = new Set(spans.filter((s) => s.type === 'PER' && !/\s/.test(s.text)).map((s) => norm(s.text)));
  const keys = spans.map((s) => norm(s.text));
  // Plain loops, not forEach callbacks, here as in the tagger: V8 keeps a per-call closure's
  // optimised code only until the next collection.
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    // A team typed from where it stands says nothing about the same word elsewhere.
    if (s.fixed) continue;
    addVote(votes, keys[i], s.type, 1);
    const words = splitWords(s.text);
    // A company's name without its legal form is the company ("Halvorsen Marine" of
    // "Halvorsen Marine Inc").
    if (s.type === 'ORG' && words.length > 1 && LEGAL_FORM.test(words[words.length - 1])) addVote(votes, norm(words.slice(0, -1).join(' ')), 'ORG', 4);
    // Full names and their parts vote for PER more strongly than a lone tag elsewhere.
    if (s.type === 'PER' && words.length > 1) {
      addVote(votes, keys[i], 'PER', 0.6);
      // A word of a full name seen elsewhere is very likely the same person ("Trump"); the
      // surname above all, however often the tagger read it alone as a place ("MaliVai
      // Washington", then "Washington" seven times in a tennis report).
      const surname = alonePeople.has(norm(words[0])) ? 4 : 12;
      for (let k = 0; k < words.length; k++) addVote(votes, norm(words[k]), 'PER', k === words.length - 1 ? surname : 4);
      // ... and so is its tail ("Suu Kyi" of "Aung San Suu Kyi").
      for (let k = 1; k < words.length - 1; k++) addVote(votes, norm(words.slice(k).join(' ')), 'PER', 4);
    }
  }
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const b = votes.get(keys[i]);
    if (!b || s.fixed) continue;
    // The heaviest type wins; a tie keeps the span's own type, else the type voted for first.
    let best = TYPE_INDEX[s.type];
    for (const t of b.order) if (b.weight[t] > b.weight[best]) best = t;
    s.type = TYPES[best];
  }
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
  let families: Set<string> | null = null;
  const out: Span[] = [];
  for (const s of spans) {
    const k = s.type === 'ORG' ? conjunctionAt(tokens, s) : -1;
    if (k <= 0 || s.tokenStart + k + 1 >= s.tokenEnd) {
      out.push(s);
      continue;
    }
    const mk = (a: number, b: number): Span => spanWith(s, { tokenStart: a, tokenEnd: b, start: tokens[a].start, end: tokens[b - 1].end, text: text.slice(tokens[a].start, tokens[b - 1].end) });
    const left = mk(s.tokenStart, s.tokenStart + k);
    const right = mk(s.tokenStart + k + 1, s.tokenEnd);
    const known = (x: Span) => (alone ??= new Set(spans.map((s) => norm(s.text)))).has(norm(x.text)) || ORG_FORMS.has(x.text);
    // "The New York Times and Nathaniel Rich": a given name opens a person's name.
    const person = (x: Span) => givenNameFirst(tokens, x.tokenStart, x.tokenEnd, x.text);
    // "Chevron Corp and Texaco Inc": a legal form closes the first name.
    const closed = tokens[s.tokenStart + k].text === 'and' && LEGAL_FORM.test(tokens[s.tokenStart + k - 1].text);
    // "Saxena and Gräder": two surnames of the article's people are two people.
    const surname = (x: Span) => x.tokenEnd - x.tokenStart === 1 && (families ??= surnamesOf(spans)).has(x.text);
    const couple = surname(left) && surname(right);
    if (closed || couple || known(left) || known(right) || person(right)) {
      for (const x of [left, right]) if (couple || person(x)) x.type = 'PER';
      out.push(left, right);
    } else out.push(s);
  }
  return out;
}

/** The last words of the people's full names ("Saxena" of "Pronita Saxena"). */
function surnamesOf(spans: Span[]): Set<string> {
  const out = new Set<string>();
  for (const s of spans) if (s.type === 'PER' && s.tokenEnd - s.tokenStart > 1) out.add(s.text.slice(s.text.lastIndexOf(' ') + 1));
  return out;
}

/** "the Kerrs' possessions", "the Obamas": a surname of the article's people in the plural is
 * their family, not a body. */
export function familyPlurals(_text: string, tokens: Token[], spans: Span[]): Span[] {
  let families: Set<string> | null = null;
  return spans.filter((s) => {
    if (s.type === 'PER' || s.tokenEnd - s.tokenStart !== 1 || !/^\p{Lu}\p{Ll}+s$/u.test(s.text)) return true;
    const before = tokens[s.tokenStart - 1]?.text;
    return !((before === 'the' || before === 'The') && (families ??= surnamesOf(spans)).has(s.text.slice(0, -1)));
  });
}

/** Where the first "and" or "&" of the span is, counted from its first token, or -1. */
function conjunctionAt(tokens: Token[], s: Span): number {
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (tokens[i].text === 'and' || tokens[i].text === '&') return i - s.tokenStart;
  return -1;
}
