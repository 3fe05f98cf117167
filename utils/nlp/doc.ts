// A tagged document with the lookups the rule layers need: which span covers a token,
// which sentence a token is in. Built once per analysis.
import type { Token, Sentence } from './tokenize';
import type { Span } from './tagger';

export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  spans: Span[];
  /** For each token, the index in `spans` of the span covering it, or -1. */
  spanOf: Int32Array;
  /** For each token, the index of its sentence. */
  sentenceOf: Int32Array;
}

export function makeDoc(text: string, tokens: Token[], sentences: Sentence[], spans: Span[]): Doc {
  const spanOf = new Int32Array(tokens.length).fill(-1);
  for (let i = 0; i < spans.length; i++) for (let t = spans[i].tokenStart; t < spans[i].tokenEnd; t++) spanOf[t] = i;
  const sentenceOf = new Int32Array(tokens.length);
  for (let i = 0; i < sentences.length; i++) sentenceOf.fill(i, sentences[i].tokenStart, sentences[i].tokenEnd);
  return { text, tokens, sentences, spans, spanOf, sentenceOf };
}

export const lower = (doc: Doc, i: number) => doc.tokens[i].text.toLowerCase();
export const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
export const isPossessive = (w: string) => w === "'s" || w === '\u2019s' || w === "'" || w === '\u2019';

/** Index of the token starting at `offset` (binary search; tokens are in text order). */
export function tokenAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.tokens[mid].start;
    if (s === offset) return mid;
    if (s < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return lo;
}
