import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { headlineOverlap, type Sent } from '@/utils/nlp/summary';

// The headline's words are found in the text lowered once; the plain way lowers each sentence.
// Both must count the same, on texts where lowering changes lengths or depends on context too.
describe("a key point's share of the headline's words", () => {
  const reference = (text: string, sents: Sent[], words: string[]) =>
    sents.map((s) => {
      const l = text.slice(s.start, s.end).toLowerCase();
      let n = 0;
      for (const w of words) if (l.includes(w) && ++n === 4) break;
      return n;
    });
  it('is counted as lowering each sentence would count it', () => {
    const word = fc.constantFrom('quay', 'Quay', 'QUAY', 'cracks', 'Cracks', 'north', 'northern', 'İzmir', 'ΟΔΟΣ', 'port', 'the', 'in', 'found', 'inspection');
    const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' ') + '.');
    fc.assert(
      // Sentences run together now and then ("in Russia.Denis"): a capital sigma ending one is
      // then final in the sentence but not in the text.
      fc.property(fc.array(fc.tuple(sentence, fc.constantFrom(' ', '')), { minLength: 1, maxLength: 6 }), fc.subarray(['quay', 'cracks', 'northern', 'inspection', 'found', 'i\u0307zmir', 'οδο\u03c2']), (parts, words) => {
        let text = '';
        const sents: Sent[] = [];
        for (const [p, gap] of parts) {
          sents.push({ start: text.length, end: text.length + p.length, text: null });
          text += p + gap;
        }
        expect(headlineOverlap(text, sents, words)).toEqual(reference(text, sents, words));
      }),
      { numRuns: 3000 },
    );
  });
});
