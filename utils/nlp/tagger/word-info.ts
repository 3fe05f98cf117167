// What the tagger knows about a word type, computed once and cached: its own features' scores,
// and the summed scores of the features it gives a neighbour (the word before a token gives
// "w-1=", "sh-1=", "cl-1=" and "after-title"; the one after gives "w+1=", ...). Summing those
// ahead of time turns a dozen hash lookups per scored token into four additions of a row.
import type { Model } from './model';
import { wordFeatures, shape, contextClass } from './features';
import { compile, familyRow, FAMILY, type Compiled } from './compiled';
import { PUBLIC_HEAD, PRIVATE_HEAD, HONORIFICS } from '../lexicon/titles';
import { GIVEN_NAMES } from '../lexicon/given-names';

export interface WordInfo {
  scores: Int32Array;
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
  /** Scores this word gives the token after it, the one two after, before it, two before;
   * filled on first use (most words are never a scored token's neighbour). */
  asPrev: Int32Array | null;
  asPrev2: Int32Array | null;
  asNext: Int32Array | null;
  asNext2: Int32Array | null;
  /** The row of "t-1,w=" for each tag before this word (index: tag + 1; 0, sentence start);
   * -2 until looked up. */
  afterTag: Int32Array | null;
}

/** The model with its compiled lookups and the rows that stand for a sentence's edges. */
export interface Scorer {
  m: Model;
  c: Compiled;
  NL: number;
  /** Flag rows: "first", "caps", "capsdoc", "lowdoc". */
  flag: { first: number; caps: number; capsdoc: number; lowdoc: number };
  /** What "<s>" and "</s>" give in each neighbour position. */
  startPrev: Int32Array;
  startPrev2: Int32Array;
  endNext: Int32Array;
  endNext2: Int32Array;
  /** "t-1=" plus "t-2,-1=" for each pair of tags before a token, at ((p2 + 1) * (NL + 1) + p1 + 1) * NL
   * (tag -1: sentence start). */
  tagPairs: Int32Array;
  /** Interned id of each label, and of "<s>". */
  tagId: number[];
  S: number;
  E: number;
}

let scorer: Scorer | null = null;
const infoCache = new Map<string, WordInfo>();
const wordCache = new Map<string, Int32Array>();
const beforeCache = new Map<string, number>();

export function addRow(s: Scorer, out: Int32Array, row: number): void {
  if (row < 0) return;
  const q = s.m.q;
  const o = row * s.NL;
  for (let k = 0; k < out.length; k++) out[k] += q[o + k];
}

export function addVec(out: Int32Array, v: Int32Array, at = 0): void {
  for (let k = 0; k < out.length; k++) out[k] += v[at + k];
}

function sumRows(s: Scorer, rows: number[]): Int32Array {
  const out = new Int32Array(s.NL);
  for (const r of rows) addRow(s, out, r);
  return out;
}

export function getScorer(m: Model): Scorer {
  if (scorer && scorer.m === m) return scorer;
  const c = compile(m);
  const NL = m.labels.length;
  const flagRow = (f: string) => c.flags.get(f) ?? -1;
  const S = c.intern.get('<s>') ?? 0;
  const E = c.intern.get('</s>') ?? 0;
  const F = FAMILY;
  const s: Scorer = {
    m,
    c,
    NL,
    flag: { first: flagRow('first'), caps: flagRow('caps'), capsdoc: flagRow('capsdoc'), lowdoc: flagRow('lowdoc') },
    startPrev: new Int32Array(NL),
    startPrev2: new Int32Array(NL),
    endNext: new Int32Array(NL),
    endNext2: new Int32Array(NL),
    tagPairs: new Int32Array((NL + 1) * (NL + 1) * NL),
    tagId: m.labels.map((l) => c.intern.get(l) ?? 0),
    S,
    E,
  };
  s.startPrev = sumRows(s, [familyRow(c, F['w-1'], S), familyRow(c, F['sh-1'], S), familyRow(c, F['cl-1'], S)]);
  s.startPrev2 = sumRows(s, [familyRow(c, F['w-2'], S)]);
  s.endNext = sumRows(s, [familyRow(c, F['w+1'], E), familyRow(c, F['sh+1'], E), familyRow(c, F['cl+1'], E)]);
  s.endNext2 = sumRows(s, [familyRow(c, F['w+2'], E)]);
  const id = (t: number) => (t < 0 ? S : s.tagId[t]);
  for (let p2 = -1; p2 < NL; p2++) {
    for (let p1 = -1; p1 < NL; p1++) {
      const v = sumRows(s, [familyRow(c, F['t-1'], id(p1)), familyRow(c, F['t-2,-1'], id(p2), id(p1))]);
      s.tagPairs.set(v, ((p2 + 1) * (NL + 1) + p1 + 1) * NL);
    }
  }
  infoCache.clear();
  wordCache.clear();
  scorer = s;
  return s;
}

/** The same facts as contextFlags() about the word before a token, as bits. */
function beforeFlags(lower: string, word: string): number {
  let b = beforeCache.get(word);
  if (b !== undefined) return b;
  b = (PUBLIC_HEAD.has(lower) || PRIVATE_HEAD.has(lower) ? 1 : 0) | (HONORIFICS.has(lower) || HONORIFICS.has(lower + '.') ? 2 : 0) | (GIVEN_NAMES.has(lower) && /^\p{Lu}/u.test(word) ? 4 : 0);
  if (beforeCache.size > 100000) beforeCache.clear();
  beforeCache.set(word, b);
  return b;
}

function wordScores(s: Scorer, w: string): Int32Array {
  let v = wordCache.get(w);
  if (v) return v;
  v = new Int32Array(s.NL);
  for (const f of wordFeatures(w)) {
    const k = s.m.index.get(f);
    if (k !== undefined) addRow(s, v, k);
  }
  if (wordCache.size > 200000) wordCache.clear();
  wordCache.set(w, v);
  return v;
}

export function info(s: Scorer, w: string): WordInfo {
  let x = infoCache.get(w);
  if (x) return x;
  const c = s.c;
  const lower = w.toLowerCase();
  const sh = shape(w);
  const hasUpper = sh.includes('X');
  const hasLower = sh.includes('x');
  x = {
    scores: wordScores(s, w),
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
    asPrev: null,
    asPrev2: null,
    asNext: null,
    asNext2: null,
    afterTag: null,
  };
  if (infoCache.size > 200000) infoCache.clear();
  infoCache.set(w, x);
  return x;
}

const F = FAMILY;

export function asPrev(s: Scorer, x: WordInfo): Int32Array {
  if (x.asPrev) return x.asPrev;
  const { c } = s;
  const flag = (f: string) => c.flags.get(f) ?? -1;
  const rows = [familyRow(c, F['w-1'], x.lowerId), familyRow(c, F['sh-1'], x.shapeId), familyRow(c, F['cl-1'], x.classId)];
  if (x.before & 1) rows.push(flag('after-title'));
  if (x.before & 2) rows.push(flag('after-honorific'));
  if (x.before & 4) rows.push(flag('after-given'));
  return (x.asPrev = sumRows(s, rows));
}

export function asPrev2(s: Scorer, x: WordInfo): Int32Array {
  return (x.asPrev2 ??= sumRows(s, [familyRow(s.c, F['w-2'], x.lowerId)]));
}

export function asNext(s: Scorer, x: WordInfo): Int32Array {
  return (x.asNext ??= sumRows(s, [familyRow(s.c, F['w+1'], x.lowerId), familyRow(s.c, F['sh+1'], x.shapeId), familyRow(s.c, F['cl+1'], x.classId)]));
}

export function asNext2(s: Scorer, x: WordInfo): Int32Array {
  return (x.asNext2 ??= sumRows(s, [familyRow(s.c, F['w+2'], x.lowerId)]));
}

/** The row of "t-1,w=" for this word after tag `prev` (-1: at the sentence's start). */
export function afterTagRow(s: Scorer, x: WordInfo, prev: number): number {
  const rows = (x.afterTag ??= new Int32Array(s.NL + 1).fill(-2));
  let r = rows[prev + 1];
  if (r === -2) r = rows[prev + 1] = familyRow(s.c, F['t-1,w'], prev < 0 ? s.S : s.tagId[prev], x.lowerId);
  return r;
}
