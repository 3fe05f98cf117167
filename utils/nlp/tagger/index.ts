// The named-entity tagger: a two-stage structured averaged perceptron over BILOU labels with
// Viterbi decoding (see scripts/train/train.ts). Stage 1 reads words, neighbours, sentence and
// document; stage 2 adds the labels stage 1 gave the same words elsewhere in the document.
//
// Speed: everything a word contributes on its own or as a neighbour is summed once per word
// type and cached, so a token costs a few vector additions, a few hash look-ups for word pairs
// and context, and a Viterbi step over 17 labels.
import type { Token, Sentence } from '../tokenize';
import { tokenize } from '../tokenize';
import { getModel, type Model } from './model';
import { NL, labelType, labelPos, TYPES, selfFeatures, neighbourFeatures, pairFeatures, caseClass, DocContext, DocLabels } from './features';
import { viterbi } from './decode';

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface Span {
  type: EntityType;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  text: string;
}

/** Per word type: its case class and, per stage, the sums of its own and its neighbour features. */
interface WordRec {
  cls: number;
  /** Per stage s: [self, at -2, at -1, at +1, at +2] each NL long, at offset s * 5 * NL. */
  vec: Float32Array;
}

const OFFSETS = [-2, -1, 1, 2];
const CACHE_MAX = 200000;
const wordCache = new Map<string, WordRec>();
const pairCache = new Map<string, Float32Array | null>();
let boundary: Float32Array | null = null;

function addFeatures(m: Model, fs: string[], out: Float32Array, at: number, stride: number): void {
  for (const f of fs) {
    const row = m.index.get(f);
    if (row === undefined) continue;
    for (let s = 0; s < m.stages.length; s++) {
      const w = m.stages[s].weights;
      const o = row * NL;
      const b = at + s * stride;
      for (let k = 0; k < NL; k++) out[b + k] += w[o + k];
    }
  }
}

function wordRec(m: Model, w: string): WordRec {
  let r = wordCache.get(w);
  if (r) return r;
  const stride = 5 * NL;
  const vec = new Float32Array(m.stages.length * stride);
  addFeatures(m, selfFeatures(w), vec, 0, stride);
  OFFSETS.forEach((off, j) => addFeatures(m, neighbourFeatures(w, off), vec, (j + 1) * NL, stride));
  r = { cls: caseClass(w), vec };
  if (wordCache.size >= CACHE_MAX) wordCache.clear();
  wordCache.set(w, r);
  return r;
}

/** Sentence-boundary neighbour sums, laid out like WordRec.vec (slot j + 1 for OFFSETS[j]). */
function boundaryVec(m: Model): Float32Array {
  if (boundary) return boundary;
  const stride = 5 * NL;
  const vec = new Float32Array(m.stages.length * stride);
  OFFSETS.forEach((off, j) => addFeatures(m, neighbourFeatures(null, off), vec, (j + 1) * NL, stride));
  return (boundary = vec);
}

/** Pair features of adjacent words a, b: per stage, [for a (NL), for b (NL)]; null when none. */
function pairVec(m: Model, a: string, b: string): Float32Array | null {
  const key = a + '\u0000' + b;
  const hit = pairCache.get(key);
  if (hit !== undefined) return hit;
  const [fa, fb] = pairFeatures(a, b);
  let vec: Float32Array | null = null;
  for (const [fs, slot] of [
    [fa, 0],
    [fb, 1],
  ] as const) {
    for (const f of fs) {
      const row = m.index.get(f);
      if (row === undefined) continue;
      vec ??= new Float32Array(m.stages.length * 2 * NL);
      addFeatures(m, [f], vec, slot * NL, 2 * NL);
    }
  }
  if (pairCache.size >= CACHE_MAX) pairCache.clear();
  pairCache.set(key, vec);
  return vec;
}

function addVec(out: Float32Array, o: number, v: Float32Array, at: number): void {
  for (let k = 0; k < NL; k++) out[o + k] += v[at + k];
}

/** Longest stretch of sentences tagged as one document (bounds memory on huge input). */
const CHUNK_TOKENS = 50000;
/** Longest sentence decoded as one (a run-on "sentence" of garbage is cut into pieces). */
const MAX_SENTENCE = 1000;

interface Piece {
  start: number;
  end: number;
}

/** Tag the tokens of `text`; returns entity spans with offsets into `text`. */
export function tagTokens(text: string, tokens: Token[], sentences: Sentence[]): Span[] {
  const spans: Span[] = [];
  if (!tokens.length || !sentences.length) return spans;
  const m = getModel();
  // Sentences as token ranges, clipped to the tokens and cut to a bounded length.
  const pieces: Piece[] = [];
  for (const s of sentences) {
    const a = Math.max(0, s.tokenStart | 0);
    const b = Math.min(tokens.length, s.tokenEnd | 0);
    for (let i = a; i < b; i += MAX_SENTENCE) pieces.push({ start: i, end: Math.min(b, i + MAX_SENTENCE) });
  }
  for (let p = 0; p < pieces.length; ) {
    let q = p;
    let n = 0;
    while (q < pieces.length && (q === p || n + pieces[q].end - pieces[q].start <= CHUNK_TOKENS)) {
      n += pieces[q].end - pieces[q].start;
      q++;
    }
    tagChunk(m, text, tokens, pieces.slice(p, q), spans);
    p = q;
  }
  return spans;
}

const scratch = { score: new Float64Array(NL * 512), back: new Int32Array(NL * 512) };

function tagChunk(m: Model, text: string, tokens: Token[], pieces: Piece[], spans: Span[]): void {
  const S = m.stages.length;
  const stride = 5 * NL;
  const words = pieces.map((p) => {
    const ws: string[] = new Array(p.end - p.start);
    for (let i = p.start; i < p.end; i++) ws[i - p.start] = tokens[i].text;
    return ws;
  });
  const recs = words.map((ws) => ws.map((w) => wordRec(m, w)));
  const ctx = new DocContext(
    words,
    recs.map((rs) => rs.map((r) => r.cls)),
  );
  const total = words.reduce((n, ws) => n + ws.length, 0);
  // em[s][t * NL + k]: emission score of label k for token t (chunk order), stage s.
  const em = Array.from({ length: S }, () => new Float32Array(total * NL));
  const bnd = boundaryVec(m);
  let t0 = 0;
  words.forEach((ws, si) => {
    const rs = recs[si];
    const n = ws.length;
    for (let i = 0; i < n; i++) {
      const o = (t0 + i) * NL;
      for (let s = 0; s < S; s++) {
        const e = em[s];
        const base = s * stride;
        addVec(e, o, rs[i].vec, base);
        for (let j = 0; j < 4; j++) {
          // Token i gets, from the word at i + off, that word's features "at off".
          const at = i + OFFSETS[j];
          if (at >= 0 && at < n) addVec(e, o, rs[at].vec, base + (j + 1) * NL);
          else addVec(e, o, bnd, base + (j + 1) * NL);
        }
      }
      if (i + 1 < n) {
        const pv = pairVec(m, ws[i], ws[i + 1]);
        if (pv)
          for (let s = 0; s < S; s++) {
            addVec(em[s], o, pv, s * 2 * NL);
            addVec(em[s], o + NL, pv, s * 2 * NL + NL);
          }
      }
      for (const f of ctx.features(si, i)) {
        const row = m.index.get(f);
        if (row === undefined) continue;
        for (let s = 0; s < S; s++) addVec(em[s], o, m.stages[s].weights, row * NL);
      }
    }
    t0 += n;
  });
  const decode = (s: number): number[][] => {
    const labels = new Int32Array(total);
    let off = 0;
    for (const ws of words) {
      viterbi(em[s], off, ws.length, m.stages[s].transitions, labels, scratch);
      off += ws.length;
    }
    off = 0;
    return words.map((ws) => {
      const l = Array.from(labels.subarray(off, off + ws.length));
      off += ws.length;
      return l;
    });
  };
  let labels = decode(0);
  if (S > 1) {
    const dl = new DocLabels(ctx, labels);
    let t = 0;
    words.forEach((ws, si) => {
      for (let i = 0; i < ws.length; i++, t++) {
        for (const f of dl.features(si, i)) {
          const row = m.index.get(f);
          if (row !== undefined) addVec(em[1], t * NL, m.stages[1].weights, row * NL);
        }
      }
    });
    labels = decode(1);
  }
  pieces.forEach((p, si) => {
    const ls = labels[si];
    let open = -1;
    for (let i = 0; i < ls.length; i++) {
      const k = ls[i];
      if (k === 0) continue;
      const pos = labelPos(k);
      if (pos === 0 || pos === 3) open = i;
      if ((pos === 2 || pos === 3) && open >= 0) {
        const a = tokens[p.start + open];
        const b = tokens[p.start + i];
        spans.push({ type: TYPES[labelType(k)] as EntityType, start: a.start, end: b.end, tokenStart: p.start + open, tokenEnd: p.start + i + 1, text: text.slice(a.start, b.end) });
        open = -1;
      }
    }
  });
}

export function tagText(text: string): { tokens: Token[]; sentences: Sentence[]; spans: Span[] } {
  const { tokens, sentences } = tokenize(text);
  return { tokens, sentences, spans: tagTokens(text, tokens, sentences) };
}
