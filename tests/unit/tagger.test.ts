import { describe, it, expect } from 'vitest';
import { tagText } from '@/utils/nlp/tagger';
import { shape, wordFeatures, contextFeatures, makeContext, documentFacts } from '@/utils/nlp/tagger/features';

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
  it('are the same strings for training and for the extension', () => {
    const words = ['Minister', 'Lena', 'Kowalski', 'met', 'NATO'];
    const ctx = makeContext(words, documentFacts([words]));
    expect(wordFeatures('Kowalski')).toContain('w=Kowalski');
    expect(contextFeatures(ctx, 1)).toContain('w-1=minister');
    expect(contextFeatures(ctx, 1)).toContain('after-title');
  });
});
