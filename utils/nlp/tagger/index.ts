// The named-entity tagger: greedy left-to-right decoding of an averaged perceptron over BIO
// tags, with document-level features. Word-only features are scored once per word type.
import type { Token, Sentence } from '../tokenize';
import { tokenize } from '../tokenize';
import { getModel, type Model } from './model';
import { wordFeatures, contextFeatures, tagFeatures, documentFacts, makeContext } from './features';

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
  const NL = m.labels.length;
  const sentWords = sentences.map((s) => tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text));
  const facts = documentFacts(sentWords);
  const spans: Span[] = [];
  const scores = new Float32Array(NL);
  const type = m.labels.map((l) => l.slice(2));
  sentences.forEach((sent, si) => {
    const words = sentWords[si];
    if (!words.length) return;
    const ctx = makeContext(words, facts);
    let prev = 0;
    let prev2 = 0;
    let open: Span | null = null;
    for (let i = 0; i < words.length; i++) {
      scores.set(wordScores(m, words[i]));
      for (const f of contextFeatures(ctx, i)) add(m, f, scores);
      for (const f of tagFeatures(i > 0 ? m.labels[prev] : '<s>', i > 1 ? m.labels[prev2] : '<s>', ctx.lower[i])) add(m, f, scores);
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < NL; c++) {
        const label = m.labels[c];
        // I-X only continues an X.
        if (label[0] === 'I' && (prev === 0 || type[prev] !== type[c])) continue;
        if (scores[c] > bestScore) {
          bestScore = scores[c];
          best = c;
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
