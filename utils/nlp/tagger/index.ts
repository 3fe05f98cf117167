// The named-entity tagger: greedy left-to-right decoding of an averaged perceptron over BIO
// tags, with document-level features. Word-only features are scored once per word type.
import type { Token, Sentence } from '../tokenize';
import { tokenize } from '../tokenize';
import { newSpan, type EntityType, type Span } from '../span';
import { getModel } from './model';
import { contextFlags, HISTORY_TYPES } from './features';
import { familyRow, FAMILY } from './compiled';
import { getScorer, info, addRow, rowOf, afterTagRow, historyBest, historyCount, PREV, PREV2, NEXT, NEXT2, type WordInfo, type Scorer } from './word-info';

export type { EntityType, Span } from '../span';

// Kept for the equivalence test with the training features.
export { contextFlags };

/** Tag the tokens of `text`; returns entity spans with offsets into `text`. */
/** `trace` sees the scores of every token the tagger scored (tests compare them with training's). */
export function tagTokens(text: string, tokens: Token[], sentences: Sentence[], trace?: (token: number, scores: Float32Array) => void): Span[] {
  const m = getModel();
  const sc = getScorer(m);
  const c = sc.c;
  const NL = sc.NL;
  // Most tokens are plain lower-case words ("the", "said"): they are never scored unless next to
  // a name, so their cached facts are looked up only when a neighbour needs them.
  const N = tokens.length;
  const infos: (WordInfo | undefined)[] = new Array(N);
  const plain = new Uint8Array(N);
  for (let i = 0; i < N; i++) plain[i] = plainKind(tokens[i].text);
  const get = (k: number): WordInfo => infoAt(infos, sc, tokens, k);
  // Document facts (see documentFacts): words seen capitalised inside a sentence, and
  // capitalised words whose lower-case form the text also uses.
  // Plain loops here and below, not callbacks: V8 holds the optimised code of a closure made
  // per call only weakly, so after each garbage collection such a loop ran unoptimised again.
  const capsLine: boolean[] = new Array(sentences.length);
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
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
    capsLine[si] = letters >= 2 && upper / letters > 0.8;
  }
  const capsDoc = new Set<string>();
  const capLower = new Set<string>();
  // (length, first letter) of capLower's words: most plain words need no set lookup at all.
  const capKeys = new Uint8Array(1024);
  const lowerStarts: string[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
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
  }
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
  // Integer scores: the model's int16 weights summed exactly (see model.ts).
  const scores = new Int32Array(NL);
  const traced = trace ? new Float32Array(NL) : null;
  const type = m.labels.map((l) => l.slice(2));
  // Per label, read once: whether it continues an entity (I-).
  const inside = m.labels.map((l) => l[0] === 'I');
  const { flag, tagPairs } = sc;
  const F = FAMILY;
  // What the article has called each capitalised word so far (History in features.ts, kept on
  // each word's info): a new article number forgets the last article's.
  sc.article++;
  const historyId = HISTORY_TYPES.map((t) => c.intern.get(t) ?? 0);
  const historyOf = m.labels.map((l) => (l === 'O' ? 0 : HISTORY_TYPES.indexOf(l.slice(2))));
  const { S, E } = sc;
  for (let si = 0; si < sentences.length; si++) {
    const sent = sentences[si];
    const a = sent.tokenStart;
    const n = sent.tokenEnd - a;
    if (!n) continue;
    const caps = capsLine[si];
    let prev = 0;
    let prev2 = 0;
    let open: Span | null = null;
    for (let i = 0; i < n; i++) {
      // A lower-case word after an O, not followed by a capitalised one, is O: scoring it would
      // take most of the tagger's time for nothing. ("de Gaulle" and "van Gogh" are still
      // scored, since a capital follows; "eBay" has a capital of its own; "Bank of England"
      // continues from an entity.) Punctuation after an O is O too.
      if (prev === 0 && !caps && (plain[a + i] || (get(a + i).startsLower && !get(a + i).hasUpper)) && !nextStartsUpper(infos, sc, tokens, plain, a + i, a + n)) {
        prev2 = prev;
        continue;
      }
      // A full stop, colon, semicolon, quote, ! or ? ends a name, and so does a comma unless a
      // capital follows ("Bureau of Alcohol, Tobacco, Firearms", "Facilities, Inc."): the tagger
      // calls them O after a name, so they are not scored (a tenth of the scoring on news text).
      if (plain[a + i] === STOP && !(tokens[a + i].text === ',' && nextStartsUpper(infos, sc, tokens, plain, a + i, a + n))) {
        if (open) spans.push(open);
        open = null;
        prev2 = prev;
        prev = 0;
        continue;
      }
      const x = get(a + i);
      const lw = x.lowerId;
      const sh = x.shapeId;
      const before = i > 0 ? get(a + i - 1) : null;
      const after = i + 1 < n ? get(a + i + 1) : null;
      // The word's own row, its neighbours' rows (word 0, at 0: the sentence's edge) and the
      // two tags before it, in one pass.
      const rp = before ? rowOf(sc, before, PREV) : PREV * NL;
      const rp2 = i > 1 ? rowOf(sc, get(a + i - 2), PREV2) : PREV2 * NL;
      const rn = after ? rowOf(sc, after, NEXT) : NEXT * NL;
      const rn2 = i + 2 < n ? rowOf(sc, get(a + i + 2), NEXT2) : NEXT2 * NL;
      const p1 = i > 0 ? prev : -1;
      const p2 = i > 1 ? prev2 : -1;
      const rt = ((p2 + 1) * (NL + 1) + p1 + 1) * NL;
      const A = sc.arena;
      const own = x.at;
      for (let k = 0; k < NL; k++) scores[k] = A[own + k] + A[rp + k] + A[rp2 + k] + A[rn + k] + A[rn2 + k] + tagPairs[rt + k];
      const shBefore = before ? before.shapeId : S;
      const shAfter = after ? after.shapeId : E;
      addRow(sc, scores, familyRow(c, F['sh-1,0'], shBefore, sh));
      addRow(sc, scores, familyRow(c, F['sh0,+1'], sh, shAfter));
      addRow(sc, scores, familyRow(c, F['w-1,0'], before ? before.lowerId : S, lw));
      addRow(sc, scores, familyRow(c, F['w0,+1'], lw, after ? after.lowerId : E));
      if (i === 0) {
        addRow(sc, scores, flag.first);
        addRow(sc, scores, familyRow(c, F['first|sh'], sh));
      }
      if (caps) {
        addRow(sc, scores, flag.caps);
        addRow(sc, scores, familyRow(c, F['caps|lw'], lw));
      }
      if (capsDoc.has(x.lower)) addRow(sc, scores, flag.capsdoc);
      if (x.startsUpper && lowerDoc.has(x.lower)) {
        addRow(sc, scores, flag.lowdoc);
        addRow(sc, scores, familyRow(c, F['lowdoc|sh'], sh));
      }
      addRow(sc, scores, afterTagRow(sc, x, p1));
      const seen = x.startsUpper ? historyBest(sc, x) : -1;
      if (seen >= 0) addRow(sc, scores, familyRow(c, F.hist, historyId[seen]));
      if (trace && traced) {
        for (let k = 0; k < NL; k++) traced[k] = scores[k] * m.scale;
        trace(a + i, traced);
      }
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
        historyCount(sc, x, historyOf[best]);
      }
      if (best === 0 || !inside[best]) {
        if (open) spans.push(open);
        open = best === 0 ? null : newSpan(type[best] as EntityType, ti, ti + 1, tokens[ti].start, tokens[ti].end, '');
      } else if (open) {
        open.end = tokens[ti].end;
        open.tokenEnd = ti + 1;
      }
      prev2 = prev;
      prev = best;
    }
    if (open) spans.push(open);
  }
  for (const s of spans) s.text = text.slice(s.start, s.end);
  return spans;
}

// Module-level, not closures made per call: V8 keeps a closure's optimised code only while
// one of its closures lives, so after each collection per-call helpers ran unoptimised again.
function infoAt(infos: (WordInfo | undefined)[], sc: Scorer, tokens: Token[], k: number): WordInfo {
  return (infos[k] ??= info(sc, tokens[k].text));
}

/** Whether the token after `i` (inside the sentence ending at `end`) starts with a capital. */
function nextStartsUpper(infos: (WordInfo | undefined)[], sc: Scorer, tokens: Token[], plain: Uint8Array, i: number, end: number): boolean {
  return i + 1 < end && !plain[i + 1] && infoAt(infos, sc, tokens, i + 1).startsUpper;
}

/** (length, first letter) of a word, for a table that rules most words out before a set lookup. */
const keyOf = (w: string) => ((w.length & 31) << 5) | (w.charCodeAt(0) & 31);

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
