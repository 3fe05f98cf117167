// What the tagger knows about a word type, computed once and cached: its own features' scores,
// and the summed scores of the features it gives a neighbour (the word before a token gives
// "w-1=", "sh-1=", "cl-1=" and "after-title"; the one after gives "w+1=", ...). Summing those
// ahead of time turns a dozen hash lookups per scored token into four additions of a row.
// A word's five rows (its own, and as the word before, two before, after, two after) lie side by
// side in one array: a scored token reads five nearby rows instead of chasing five objects.
import type { Model } from './model';
import { wordFeatures, shape, contextClass, HISTORY_TYPES } from './features';
import { compile, familyRow, FAMILY, type Compiled } from './compiled';
import { PUBLIC_HEAD, PRIVATE_HEAD, HONORIFICS } from '../lexicon/titles';
import { GIVEN_NAMES } from '../lexicon/given-names';

export interface WordInfo {
  /** Where this word's rows start in the scorer's arena. */
  at: number;
  /** Which of the neighbour rows (bit 1 << PREV ...) are filled; they are filled on first use,
   * since most words are never a scored token's neighbour. */
  filled: number;
  lower: string;
  lowerId: number;
  shapeId: number;
  /** The word's class as a neighbour sees it (contextClass), interned. */
  classId: number;
  /** Facts about this word when it stands before another (title, honorific, given name). */
  before: number;
  hasLetter: boolean;
  /** All letters upper case. */
  upper: boolean;
  /** Any upper-case letter ("eBay", "al-Qaeda"). */
  hasUpper: boolean;
  startsUpper: boolean;
  startsLower: boolean;
  /** Capitalised then lower case ("Wang"), as a name is inside a sentence. */
  titleCase: boolean;
  /** What the article has called this word so far (History in features.ts, kept here to save
   * two lookups per name): counts per HISTORY_TYPES, good for the article numbered `seenIn`. */
  seen: Int32Array | null;
  seenIn: number;
  /** The row of "t-1,w=" for each tag before this word (index: tag + 1; 0, sentence start);
   * -2 until looked up. */
  afterTag: Int32Array | null;
}

/** The model with its compiled lookups and the rows that stand for a sentence's edges. */
export interface Scorer {
  m: Model;
  c: Compiled;
  NL: number;
  /** Rows of the features without arguments ("first", "caps", ..., "after-title"). */
  flag: { first: number; caps: number; capsdoc: number; lowdoc: number; title: number; honorific: number; given: number };
  /** Each word's rows, NL weights each: OWN, PREV, PREV2, NEXT, NEXT2. Word 0 is the
   * sentence's edge: what "<s>" gives as PREV and PREV2, "</s>" as NEXT and NEXT2. */
  arena: Int32Array;
  words: number;
  /** Counts the articles tagged, for the words' histories. */
  article: number;
  /** "t-1=" plus "t-2,-1=" for each pair of tags before a token, at ((p2 + 1) * (NL + 1) + p1 + 1) * NL
   * (tag -1: sentence start). */
  tagPairs: Int32Array;
  /** Interned id of each label, and of "<s>". */
  tagId: number[];
  S: number;
  E: number;
}

/** Rows of a word in the arena. */
export const OWN = 0;
export const PREV = 1;
export const PREV2 = 2;
export const NEXT = 3;
export const NEXT2 = 4;
const ROWS = 5;
/** Words kept between articles; then all are forgotten at once (a reader's vocabulary, bounded). */
const MAX_WORDS = 100000;

const F = FAMILY;
let scorer: Scorer | null = null;
const infoCache = new Map<string, WordInfo>();

/** Adds the model's row `row` (none if negative) to `out` from `at` on. */
export function addRow(s: Scorer, out: Int32Array, row: number, at = 0): void {
  if (row < 0) return;
  const q = s.m.q;
  const o = row * s.NL;
  for (let k = 0; k < s.NL; k++) out[at + k] += q[o + k];
}

function addRows(s: Scorer, out: Int32Array, rows: number[], at: number): void {
  for (const r of rows) addRow(s, out, r, at);
}

/** A new word's place in the arena, its rows zeroed, grown as needed. */
function allocate(s: Scorer): number {
  const at = s.words++ * ROWS * s.NL;
  if (at + ROWS * s.NL > s.arena.length) {
    const grown = new Int32Array(s.arena.length * 2);
    grown.set(s.arena);
    s.arena = grown;
  }
  s.arena.fill(0, at, at + ROWS * s.NL);
  return at;
}

/** The scorer, at the start of an article: only then may the words be forgotten, since the
 * article's words keep their places in the arena until it is tagged. */
export function getScorer(m: Model): Scorer {
  if (scorer && scorer.m === m) {
    if (infoCache.size >= MAX_WORDS) {
      infoCache.clear();
      edge(scorer);
    }
    return scorer;
  }
  const c = compile(m);
  const NL = m.labels.length;
  const flagRow = (f: string) => c.flags.get(f) ?? -1;
  const S = c.intern.get('<s>') ?? 0;
  const E = c.intern.get('</s>') ?? 0;
  const s: Scorer = {
    m,
    c,
    NL,
    flag: {
      first: flagRow('first'),
      caps: flagRow('caps'),
      capsdoc: flagRow('capsdoc'),
      lowdoc: flagRow('lowdoc'),
      title: flagRow('after-title'),
      honorific: flagRow('after-honorific'),
      given: flagRow('after-given'),
    },
    arena: new Int32Array(ROWS * NL * 1024),
    words: 0,
    article: 0,
    tagPairs: new Int32Array((NL + 1) * (NL + 1) * NL),
    tagId: m.labels.map((l) => c.intern.get(l) ?? 0),
    S,
    E,
  };
  edge(s);
  const id = (t: number) => (t < 0 ? S : s.tagId[t]);
  for (let p2 = -1; p2 < NL; p2++) {
    for (let p1 = -1; p1 < NL; p1++) {
      addRows(s, s.tagPairs, [familyRow(c, F['t-1'], id(p1)), familyRow(c, F['t-2,-1'], id(p2), id(p1))], ((p2 + 1) * (NL + 1) + p1 + 1) * NL);
    }
  }
  infoCache.clear();
  scorer = s;
  return s;
}

/** Word 0: the sentence's edges. */
function edge(s: Scorer): void {
  const { c, NL, S, E } = s;
  s.words = 0;
  const at = allocate(s);
  addRows(s, s.arena, [familyRow(c, F['w-1'], S), familyRow(c, F['sh-1'], S), familyRow(c, F['cl-1'], S)], at + PREV * NL);
  addRows(s, s.arena, [familyRow(c, F['w-2'], S)], at + PREV2 * NL);
  addRows(s, s.arena, [familyRow(c, F['w+1'], E), familyRow(c, F['sh+1'], E), familyRow(c, F['cl+1'], E)], at + NEXT * NL);
  addRows(s, s.arena, [familyRow(c, F['w+2'], E)], at + NEXT2 * NL);
}

/** The same facts as contextFlags() about the word before a token, as bits (computed once per
 * word, with its info). */
function beforeFlags(lower: string, word: string): number {
  return (PUBLIC_HEAD.has(lower) || PRIVATE_HEAD.has(lower) ? 1 : 0) | (HONORIFICS.has(lower) || HONORIFICS.has(lower + '.') ? 2 : 0) | (GIVEN_NAMES.has(lower) && /^\p{Lu}/u.test(word) ? 4 : 0);
}

export function info(s: Scorer, w: string): WordInfo {
  let x = infoCache.get(w);
  if (x) return x;
  const c = s.c;
  const lower = w.toLowerCase();
  const sh = shape(w);
  const hasUpper = sh.includes('X');
  const hasLower = sh.includes('x');
  const at = allocate(s);
  for (const f of wordFeatures(w)) addRow(s, s.arena, s.m.index.get(f) ?? -1, at + OWN * s.NL);
  x = {
    at,
    filled: 0,
    lower,
    lowerId: c.intern.get(lower) ?? 0,
    shapeId: c.intern.get(sh) ?? 0,
    classId: c.intern.get(contextClass(lower)) ?? 0,
    before: beforeFlags(lower, w),
    hasLetter: hasUpper || hasLower || /\p{L}/u.test(w),
    upper: hasUpper && !hasLower,
    hasUpper: hasUpper || /\p{Lu}/u.test(w),
    startsUpper: /^\p{Lu}/u.test(w),
    startsLower: /^\p{Ll}/u.test(w),
    titleCase: /^\p{Lu}\p{Ll}/u.test(w),
    afterTag: null,
    seen: null,
    seenIn: -1,
  };
  infoCache.set(w, x);
  return x;
}

/** Where the row `which` (PREV ... NEXT2) of word `x` is in the arena; filled on first use. */
export function rowOf(s: Scorer, x: WordInfo, which: number): number {
  const at = x.at + which * s.NL;
  if (x.filled & (1 << which)) return at;
  const { c } = s;
  const rows =
    which === PREV ? [familyRow(c, F['w-1'], x.lowerId), familyRow(c, F['sh-1'], x.shapeId), familyRow(c, F['cl-1'], x.classId)]
    : which === NEXT ? [familyRow(c, F['w+1'], x.lowerId), familyRow(c, F['sh+1'], x.shapeId), familyRow(c, F['cl+1'], x.classId)]
    : [familyRow(c, which === PREV2 ? F['w-2'] : F['w+2'], x.lowerId)];
  if (which === PREV) {
    if (x.before & 1) rows.push(s.flag.title);
    if (x.before & 2) rows.push(s.flag.honorific);
    if (x.before & 4) rows.push(s.flag.given);
  }
  addRows(s, s.arena, rows, at);
  x.filled |= 1 << which;
  return at;
}

/** The row of "t-1,w=" for this word after tag `prev` (-1: at the sentence's start). */
export function afterTagRow(s: Scorer, x: WordInfo, prev: number): number {
  const rows = (x.afterTag ??= new Int32Array(s.NL + 1).fill(-2));
  let r = rows[prev + 1];
  if (r === -2) r = rows[prev + 1] = familyRow(s.c, F['t-1,w'], prev < 0 ? s.S : s.tagId[prev], x.lowerId);
  return r;
}

/** As History.best: the index in HISTORY_TYPES given most often to this word so far in the
 * article (the first of equals), or -1 before its first. */
export function historyBest(s: Scorer, x: WordInfo): number {
  const c = x.seen;
  if (x.seenIn !== s.article || !c) return -1;
  let best = 0;
  for (let j = 1; j < c.length; j++) if (c[j] > c[best]) best = j;
  return best;
}

/** As History.count: one more time this word was given `type` (an index in HISTORY_TYPES). */
export function historyCount(s: Scorer, x: WordInfo, type: number): void {
  if (x.seenIn !== s.article) {
    (x.seen ??= new Int32Array(HISTORY_TYPES.length)).fill(0);
    x.seenIn = s.article;
  }
  x.seen![type]++;
}
