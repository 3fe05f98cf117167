// The named-entity tagger: greedy left-to-right decoding of an averaged perceptron over BIO
// tags, with document-level features. Word-only features are scored once per word type.
import type { Token, Sentence } from '../tokenize';
import { tokenize } from '../tokenize';
import { getModel, type Model } from './model';
import { wordFeatures, contextFlags, documentFacts, makeContext } from './features';
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
}

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

/** Tag the tokens of `text`; returns entity spans with offsets into `text`. */
export function tagTokens(text: string, tokens: Token[], sentences: Sentence[]): Span[] {
  const m = getModel();
  const c = (compiled ??= compile(m));
  const NL = m.labels.length;
  const W = m.weights;
  const sentWords = sentences.map((s) => tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text));
  const facts = documentFacts(sentWords);
  const spans: Span[] = [];
  const scores = new Float32Array(NL);
  const type = m.labels.map((l) => l.slice(2));
  const tagId = m.labels.map((l) => c.intern.get(l) ?? 0);
  const S = c.intern.get('<s>') ?? 0;
  const E = c.intern.get('</s>') ?? 0;
  const addRow = (row: number) => {
    if (row < 0) return;
    const o = row * NL;
    for (let k = 0; k < NL; k++) scores[k] += W[o + k];
  };
  const flag = (name: string) => addRow(c.flags.get(name) ?? -1);
  const [fCaps, fCapsdoc, fLowdoc, fTitle, fHonorific, fGiven] = ['caps', 'capsdoc', 'lowdoc', 'after-title', 'after-honorific', 'after-given'].map((f) => c.flags.get(f) ?? -1);
  const F = FAMILY;
  sentences.forEach((sent, si) => {
    const words = sentWords[si];
    const n = words.length;
    if (!n) return;
    const ctx = makeContext(words, facts);
    const lw = ctx.lower.map((w) => c.intern.get(w) ?? 0);
    const sh = ctx.shapes.map((w) => c.intern.get(w) ?? 0);
    const at = (k: number) => (k < 0 ? S : k >= n ? E : lw[k]);
    const sa = (k: number) => (k < 0 ? S : k >= n ? E : sh[k]);
    let prev = 0;
    let prev2 = 0;
    let open: Span | null = null;
    for (let i = 0; i < n; i++) {
      scores.set(wordScores(m, words[i]));
      addRow(familyRow(c, F['w-1'], at(i - 1)));
      addRow(familyRow(c, F['w+1'], at(i + 1)));
      addRow(familyRow(c, F['w-2'], at(i - 2)));
      addRow(familyRow(c, F['w+2'], at(i + 2)));
      addRow(familyRow(c, F['sh-1'], sa(i - 1)));
      addRow(familyRow(c, F['sh+1'], sa(i + 1)));
      addRow(familyRow(c, F['sh-1,0'], sa(i - 1), sh[i]));
      addRow(familyRow(c, F['sh0,+1'], sh[i], sa(i + 1)));
      addRow(familyRow(c, F['w-1,0'], at(i - 1), lw[i]));
      addRow(familyRow(c, F['w0,+1'], lw[i], at(i + 1)));
      if (i === 0) {
        flag('first');
        addRow(familyRow(c, F['first|sh'], sh[i]));
      }
      if (ctx.capsLine) addRow(fCaps);
      if (ctx.capsElsewhere[i]) addRow(fCapsdoc);
      if (ctx.lowerElsewhere[i]) addRow(fLowdoc);
      if (i > 0) {
        const b = beforeFlags(ctx.lower[i - 1], ctx.tokens[i - 1]);
        if (b & 1) addRow(fTitle);
        if (b & 2) addRow(fHonorific);
        if (b & 4) addRow(fGiven);
      }
      if (ctx.capsLine) addRow(familyRow(c, F['caps|lw'], lw[i]));
      if (ctx.lowerElsewhere[i]) addRow(familyRow(c, F['lowdoc|sh'], sh[i]));
      const p1 = i > 0 ? tagId[prev] : S;
      const p2 = i > 1 ? tagId[prev2] : S;
      addRow(familyRow(c, F['t-1'], p1));
      addRow(familyRow(c, F['t-2,-1'], p2, p1));
      addRow(familyRow(c, F['t-1,w'], p1, lw[i]));
      let best = 0;
      let bestScore = -Infinity;
      for (let k = 0; k < NL; k++) {
        // I-X only continues an X.
        if (m.labels[k][0] === 'I' && (prev === 0 || type[prev] !== type[k])) continue;
        if (scores[k] > bestScore) {
          bestScore = scores[k];
          best = k;
        }
      }
      const ti = sent.tokenStart + i;
      if (best === 0 || m.labels[best][0] === 'B') {
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

export function tagText(text: string): { tokens: Token[]; sentences: Sentence[]; spans: Span[] } {
  const { tokens, sentences } = tokenize(text);
  return { tokens, sentences, spans: tagTokens(text, tokens, sentences) };
}
