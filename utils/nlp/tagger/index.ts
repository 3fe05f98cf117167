// The named-entity tagger: greedy left-to-right decoding of an averaged perceptron over BIO
// tags, with document-level features. Word-only features are scored once per word type.
import type { Token, Sentence } from '../tokenize';
import { tokenize } from '../tokenize';
import { getModel, type Model } from './model';
import { wordFeatures, contextFlags, shape, contextClass, HISTORY_TYPES, History } from './features';
import { PUBLIC_HEAD, PRIVATE_HEAD, HONORIFICS } from '../lexicon/titles';
import { GIVEN_NAMES } from '../lexicon/given-names';
import { compile, familyRow, FAMILY, type Compiled } from './compiled';

let compiled: Compiled | null = null;

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface Span {
  type: EntityType;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  text: string;
  /** Typed from where it stands (a team opening a results row), not to be outvoted by the
   * same name's other mentions. */
  fixed?: boolean;
  /** Its trailing "'s" is part of the name ("Boatmen's", short for Boatmen's Bancshares). */
  ownPossessive?: boolean;
}

let sharedHistory: History | null = null;
const wordCache = new Map<string, Float32Array>();
const beforeCache = new Map<string, number>();

/** The same facts as contextFlags() about the word before a token, as bits, cached per word. */
function beforeFlags(lower: string, word: string): number {
  const key = word;
  let b = beforeCache.get(key);
  if (b !== undefined) return b;
  b = (PUBLIC_HEAD.has(lower) || PRIVATE_HEAD.has(lower) ? 1 : 0) | (HONORIFICS.has(lower) || HONORIFICS.has(lower + '.') ? 2 : 0) | (GIVEN_NAMES.has(lower) && /^\p{Lu}/u.test(word) ? 4 : 0);
  if (beforeCache.size > 100000) beforeCache.clear();
  beforeCache.set(key, b);
  return b;
}
// Kept for the equivalence test with the training features.
export { contextFlags };

function add(m: Model, f: string, out: Float32Array): void {
  const k = m.index.get(f);
  if (k === undefined) return;
  const n = out.length;
  const o = k * n;
  for (let c = 0; c < n; c++) out[c] += m.weights[o + c];
}

function wordScores(m: Model, w: string): Float32Array {
  let s = wordCache.get(w);
  if (s) return s;
  s = new Float32Array(m.labels.length);
  for (const f of wordFeatures(w)) add(m, f, s);
  if (wordCache.size > 200000) wordCache.clear();
  wordCache.set(w, s);
  return s;
}

/** Everything the tagger needs about a word type, computed once and cached. */
interface WordInfo {
  scores: Float32Array;
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
}

const infoCache = new Map<string, WordInfo>();

function info(m: Model, c: Compiled, w: string): WordInfo {
  let x = infoCache.get(w);
  if (x) return x;
  const lower = w.toLowerCase();
  const sh = shape(w);
  const hasUpper = sh.includes('X');
  const hasLower = sh.includes('x');
  x = {
    scores: wordScores(m, w),
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
  };
  if (infoCache.size > 200000) infoCache.clear();
  infoCache.set(w, x);
  return x;
}

/** Tag the tokens of `text`; returns entity spans with offsets into `text`. */
/** `trace` sees the scores of every token the tagger scored (tests compare them with training's). */
export function tagTokens(text: string, tokens: Token[], sentences: Sentence[], trace?: (token: number, scores: Float32Array) => void): Span[] {
  const m = getModel();
  const c = (compiled ??= compile(m));
  const NL = m.labels.length;
  const W = m.weights;
  // Most tokens are plain lower-case words ("the", "said"): they are never scored unless next to
  // a name, so their cached facts are looked up only when a neighbour needs them.
  const N = tokens.length;
  const infos: (WordInfo | undefined)[] = new Array(N);
  const plain = new Uint8Array(N);
  for (let i = 0; i < N; i++) plain[i] = plainKind(tokens[i].text);
  const get = (k: number): WordInfo => (infos[k] ??= info(m, c, tokens[k].text));
  // Document facts (see documentFacts): words seen capitalised inside a sentence, and
  // capitalised words whose lower-case form the text also uses.
  const capsLine = sentences.map((s) => {
    let letters = 0;
    let upper = 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (plain[i]) {
        if (plain[i] === LOWER) letters++;
        continue;
      }
      const x = get(i);
      if (!x.hasLetter) continue;
      letters++;
      if (x.upper) upper++;
    }
    return letters >= 2 && upper / letters > 0.8;
  });
  const capsDoc = new Set<string>();
  const capLower = new Set<string>();
  // (length, first letter) of capLower's words: most plain words need no set lookup at all.
  const capKeys = new Uint8Array(1024);
  const keyOf = (w: string) => ((w.length & 31) << 5) | (w.charCodeAt(0) & 31);
  const lowerStarts: string[] = [];
  sentences.forEach((s, si) => {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (plain[i]) continue;
      const x = get(i);
      if (x.startsUpper) {
        capLower.add(x.lower);
        capKeys[keyOf(x.lower)] = 1;
      }
      if (x.startsLower) lowerStarts.push(tokens[i].text);
      else if (i > s.tokenStart && !capsLine[si] && x.titleCase) capsDoc.add(x.lower);
    }
  });
  const lowerDoc = new Set<string>();
  if (capLower.size) {
    for (let i = 0; i < N; i++) {
      if (plain[i] !== LOWER) continue;
      const w = tokens[i].text;
      if (capKeys[keyOf(w)] && capLower.has(w)) lowerDoc.add(w);
    }
    for (const w of lowerStarts) if (capLower.has(w)) lowerDoc.add(w);
  }
  const spans: Span[] = [];
  const scores = new Float32Array(NL);
  const type = m.labels.map((l) => l.slice(2));
  // Per label, read once: whether it continues an entity (I-).
  const inside = m.labels.map((l) => l[0] === 'I');
  const tagId = m.labels.map((l) => c.intern.get(l) ?? 0);
  const S = c.intern.get('<s>') ?? 0;
  const E = c.intern.get('</s>') ?? 0;
  const addRow = (row: number) => {
    if (row < 0) return;
    const o = row * NL;
    for (let k = 0; k < NL; k++) scores[k] += W[o + k];
  };
  const [fFirst, fCaps, fCapsdoc, fLowdoc, fTitle, fHonorific, fGiven] = ['first', 'caps', 'capsdoc', 'lowdoc', 'after-title', 'after-honorific', 'after-given'].map((f) => c.flags.get(f) ?? -1);
  const F = FAMILY;
  // What the document has called each capitalised word so far (see History in features.ts).
  // One History for every article, cleared: an instance made per article leaves its hidden
  // class without a live object between articles, so a full garbage collection drops that class
  // and with it the optimised code of this loop, which the next article then pays to rebuild.
  const history = (sharedHistory ??= new History());
  history.clear();
  const historyId = HISTORY_TYPES.map((t) => c.intern.get(t) ?? 0);
  const historyOf = m.labels.map((l) => (l === 'O' ? 0 : HISTORY_TYPES.indexOf(l.slice(2))));
  sentences.forEach((sent, si) => {
    const a = sent.tokenStart;
    const n = sent.tokenEnd - a;
    if (!n) return;
    const caps = capsLine[si];
    const at = (k: number) => (k < 0 ? S : k >= n ? E : get(a + k).lowerId);
    const sa = (k: number) => (k < 0 ? S : k >= n ? E : get(a + k).shapeId);
    const ca = (k: number) => (k < 0 ? S : k >= n ? E : get(a + k).classId);
    const nextStartsUpper = (i: number) => i + 1 < n && !plain[a + i + 1] && get(a + i + 1).startsUpper;
    let prev = 0;
    let prev2 = 0;
    let open: Span | null = null;
    for (let i = 0; i < n; i++) {
      // A lower-case word after an O, not followed by a capitalised one, is O: scoring it would
      // take most of the tagger's time for nothing. ("de Gaulle" and "van Gogh" are still
      // scored, since a capital follows; "eBay" has a capital of its own; "Bank of England"
      // continues from an entity.) Punctuation after an O is O too.
      if (prev === 0 && !caps && (plain[a + i] || (get(a + i).startsLower && !get(a + i).hasUpper)) && !nextStartsUpper(i)) {
        prev2 = prev;
        continue;
      }
      // A full stop, colon, semicolon, quote, ! or ? ends a name, and so does a comma unless a
      // capital follows ("Bureau of Alcohol, Tobacco, Firearms", "Facilities, Inc."): the tagger
      // calls them O after a name, so they are not scored (a tenth of the scoring on news text).
      if (plain[a + i] === STOP && !(tokens[a + i].text === ',' && nextStartsUpper(i))) {
        if (open) spans.push(open);
        open = null;
        prev2 = prev;
        prev = 0;
        continue;
      }
      const x = get(a + i);
      scores.set(x.scores);
      const lw = x.lowerId;
      const sh = x.shapeId;
      addRow(familyRow(c, F['w-1'], at(i - 1)));
      addRow(familyRow(c, F['w+1'], at(i + 1)));
      addRow(familyRow(c, F['w-2'], at(i - 2)));
      addRow(familyRow(c, F['w+2'], at(i + 2)));
      addRow(familyRow(c, F['sh-1'], sa(i - 1)));
      addRow(familyRow(c, F['sh+1'], sa(i + 1)));
      addRow(familyRow(c, F['sh-1,0'], sa(i - 1), sh));
      addRow(familyRow(c, F['sh0,+1'], sh, sa(i + 1)));
      addRow(familyRow(c, F['w-1,0'], at(i - 1), lw));
      addRow(familyRow(c, F['w0,+1'], lw, at(i + 1)));
      addRow(familyRow(c, F['cl-1'], ca(i - 1)));
      addRow(familyRow(c, F['cl+1'], ca(i + 1)));
      if (i === 0) {
        addRow(fFirst);
        addRow(familyRow(c, F['first|sh'], sh));
      }
      if (caps) {
        addRow(fCaps);
        addRow(familyRow(c, F['caps|lw'], lw));
      }
      if (capsDoc.has(x.lower)) addRow(fCapsdoc);
      if (x.startsUpper && lowerDoc.has(x.lower)) {
        addRow(fLowdoc);
        addRow(familyRow(c, F['lowdoc|sh'], sh));
      }
      if (i > 0) {
        const b = get(a + i - 1).before;
        if (b & 1) addRow(fTitle);
        if (b & 2) addRow(fHonorific);
        if (b & 4) addRow(fGiven);
      }
      const p1 = i > 0 ? tagId[prev] : S;
      const p2 = i > 1 ? tagId[prev2] : S;
      addRow(familyRow(c, F['t-1'], p1));
      addRow(familyRow(c, F['t-2,-1'], p2, p1));
      addRow(familyRow(c, F['t-1,w'], p1, lw));
      const word = tokens[a + i].text;
      const seen = x.startsUpper ? history.best(word) : -1;
      if (seen >= 0) addRow(familyRow(c, F.hist, historyId[seen]));
      if (trace) trace(a + i, scores);
      let best = 0;
      let bestScore = -Infinity;
      for (let k = 0; k < NL; k++) {
        // I-X only continues an X.
        if (inside[k] && (prev === 0 || type[prev] !== type[k])) continue;
        if (scores[k] > bestScore) {
          bestScore = scores[k];
          best = k;
        }
      }
      const ti = a + i;
      if (x.startsUpper) {
        history.count(word, historyOf[best]);
      }
      if (best === 0 || !inside[best]) {
        if (open) spans.push(open);
        open = best === 0 ? null : { type: type[best] as EntityType, start: tokens[ti].start, end: tokens[ti].end, tokenStart: ti, tokenEnd: ti + 1, text: '' };
      } else if (open) {
        open.end = tokens[ti].end;
        open.tokenEnd = ti + 1;
      }
      prev2 = prev;
      prev = best;
    }
    if (open) spans.push(open);
  });
  for (const s of spans) s.text = text.slice(s.start, s.end);
  return spans;
}

const LOWER = 1;
const PUNCT = 2;
/** PUNCT that never continues a name. */
const STOP = 3;

/** LOWER: only ASCII lower-case letters ("the", "said"); PUNCT: only ASCII punctuation (STOP: one mark
 * that ends a name); else 0. */
function plainKind(w: string): number {
  if (!w.length) return 0;
  let lower = true;
  let punct = true;
  for (let i = 0; i < w.length; i++) {
    const ch = w.charCodeAt(i);
    if (ch < 97 || ch > 122) lower = false;
    if (ch < 33 || ch > 126 || (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122)) punct = false;
    if (!lower && !punct) return 0;
  }
  if (lower) return LOWER;
  return w.length === 1 && ',.;:!?"'.includes(w) ? STOP : PUNCT;
}

export function tagText(text: string): { tokens: Token[]; sentences: Sentence[]; spans: Span[] } {
  const { tokens, sentences } = tokenize(text);
  return { tokens, sentences, spans: tagTokens(text, tokens, sentences) };
}
