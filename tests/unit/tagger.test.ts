import { describe, it, expect } from 'vitest';
import { tagText, tagTokens } from '@/utils/nlp/tagger';
import { shape, wordFeatures, contextFeatures, tagFeatures, makeContext, documentFacts, History } from '@/utils/nlp/tagger/features';
import { getModel } from '@/utils/nlp/tagger/model';
import { tokenize } from '@/utils/nlp/tokenize';

/**
 * The tagger as training runs it: feature strings looked up one by one, greedy decoding, plus
 * the run-time rules that a lower-case word or ASCII punctuation after an O, with no capital
 * next, is O unscored, and so is a mark that ends a name (a comma only with no capital next).
 */
function reference(text: string): { spans: string[]; scores: Map<number, number[]> } {
  const m = getModel();
  const { tokens, sentences } = tokenize(text);
  const sents = sentences.map((s) => tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text));
  const facts = documentFacts(sents);
  const history = new History();
  const out: string[] = [];
  const traced = new Map<number, number[]>();
  sents.forEach((words, si) => {
    const ctx = makeContext(words, facts);
    const labels: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const prev = i > 0 ? labels[i - 1] : 'O';
      const w = words[i];
      const skippable = (/^\p{Ll}/u.test(w) && !/\p{Lu}/u.test(w)) || /^[!-/:-@[-`{-~]+$/.test(w);
      const capitalNext = i + 1 < words.length && /^\p{Lu}/u.test(words[i + 1]);
      const endsName = /^[,.;:!?"]$/.test(w) && !(w === ',' && capitalNext);
      if (endsName || (prev === 'O' && !ctx.capsLine && skippable && !capitalNext)) {
        labels.push('O');
        continue;
      }
      const fs = [...wordFeatures(w), ...contextFeatures(ctx, i), ...tagFeatures(i > 0 ? labels[i - 1] : '<s>', i > 1 ? labels[i - 2] : '<s>', ctx.lower[i])];
      const h = history.feature(w);
      if (h) fs.push(h);
      const scores = new Float64Array(m.labels.length);
      for (const f of fs) {
        const row = m.index.get(f);
        if (row !== undefined) for (let k = 0; k < scores.length; k++) scores[k] += m.q[row * scores.length + k] * m.scale;
      }
      traced.set(sentences[si].tokenStart + i, [...scores]);
      let best = 0;
      for (let k = 1; k < scores.length; k++) {
        const l = m.labels[k];
        if (l[0] === 'I' && (prev === 'O' || prev.slice(2) !== l.slice(2))) continue;
        if (scores[k] > scores[best]) best = k;
      }
      labels.push(m.labels[best]);
      history.record(w, m.labels[best]);
    }
    labels.forEach((l, i) => {
      if (l[0] === 'B') out.push(l.slice(2) + ':' + words[i]);
      else if (l[0] === 'I') out[out.length - 1] += ' ' + words[i];
    });
  });
  return { spans: out, scores: traced };
}

// Sentences written for these tests.
const text = `Foreign Minister Lena Kowalski met NATO officials in Brussels on Tuesday.
The European Commission said Kowalski would return to Warsaw on Friday.`;

describe('tagger', () => {
  const { spans } = tagText(text);
  const of = (t: string) => spans.find((s) => s.text === t);
  it('finds people, organisations and places, with offsets into the text', () => {
    expect(of('Lena Kowalski')?.type).toBe('PER');
    expect(of('NATO')?.type).toBe('ORG');
    expect(of('Brussels')?.type).toBe('LOC');
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('never starts a span inside a word or returns one out of order', () => {
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
  });
  it('is total on odd input', () => {
    for (const t of ['', '.', 'ALL CAPS HEADLINE ABOUT NOTHING', '中文 text', '\u0000'.repeat(50)]) expect(() => tagText(t)).not.toThrow();
  });
});

describe('features', () => {
  it('collapse word shapes', () => {
    expect(shape('Wang')).toBe('Xx');
    expect(shape('U.S.')).toBe('X.X.');
    expect(shape('2025')).toBe('d');
  });
  it('score in the extension exactly as in training (compiled lookups, history, skipped words)', () => {
    const doc = `${text}
KOWALSKI WINS SECOND TERM AS NATO ENVOY
Kowalski, who once led the Baltic Shipping Council in Gdansk, told the Warsaw Herald that Brussels and the European Commission had agreed. Kowalski said Baltic Shipping would stay.`;
    const runtime = tagText(doc).spans.map((s) => s.type + ':' + s.text.replace(/\s+/g, ' '));
    const ref = reference(doc);
    expect(runtime.length).toBeGreaterThan(8);
    expect(runtime).toEqual(ref.spans);
    // Not only the same choices: the same scores, for every token either side scored.
    const { tokens, sentences } = tokenize(doc);
    const scored = new Map<number, number[]>();
    tagTokens(doc, tokens, sentences, (t, s) => scored.set(t, [...s]));
    expect([...scored.keys()]).toEqual([...ref.scores.keys()]);
    for (const [t, s] of scored) s.forEach((x, k) => expect(x).toBeCloseTo(ref.scores.get(t)![k], 3));
  });
  it('start every article with no history of the one before', () => {
    // The tagger keeps each word's history on its cached info across calls (for speed), stamped
    // with the article: a stale stamp must read as no history, or a word one article called a
    // club would lean that way in the next.
    const next = 'Ostrava said on Monday that Ostrava would reopen the port.';
    const alone = new Map<number, number[]>();
    const { tokens, sentences } = tokenize(next);
    tagTokens(next, tokens, sentences, (t, s) => alone.set(t, [...s]));
    const before = 'Ostrava beat Brno 2-1. Ostrava FC and Ostrava fans celebrated as Ostrava won.';
    tagText(before);
    const after = new Map<number, number[]>();
    tagTokens(next, tokens, sentences, (t, s) => after.set(t, [...s]));
    expect(after.size).toBeGreaterThan(0);
    expect([...after]).toEqual([...alone]);
  });
  it('score the same after the word cache was forgotten', () => {
    // Past its bound (100,000 words) the cache forgets every word at the next article and the
    // arena of word rows starts again: the sentence-edge rows must be rebuilt, nothing left stale.
    const next = 'Minister Lena Kowalski told the Baltic Shipping Council in Gdansk that Kowalski would stay.';
    const { tokens, sentences } = tokenize(next);
    const alone = new Map<number, number[]>();
    tagTokens(next, tokens, sentences, (t, s) => alone.set(t, [...s]));
    const many = Array.from({ length: 110_000 }, (_, i) => `Zq${i.toString(36)}`).join(' ');
    tagText(many);
    tagText('A short text after the long one.');
    const after = new Map<number, number[]>();
    tagTokens(next, tokens, sentences, (t, s) => after.set(t, [...s]));
    expect(after.size).toBeGreaterThan(3);
    expect([...after]).toEqual([...alone]);
  });
  it('are the same strings for training and for the extension', () => {
    const words = ['Minister', 'Lena', 'Kowalski', 'met', 'NATO'];
    const ctx = makeContext(words, documentFacts([words]));
    expect(wordFeatures('Kowalski')).toContain('w=Kowalski');
    expect(contextFeatures(ctx, 1)).toContain('w-1=minister');
    expect(contextFeatures(ctx, 1)).toContain('after-title');
  });
});
