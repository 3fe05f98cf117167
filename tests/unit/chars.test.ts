import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { startsUpper, startsLower, startsWithFourLetters } from '@/utils/nlp/chars';

// The fast paths must answer as the Unicode patterns they replace, for any script.
describe('first-letter tests', () => {
  it('agree with the Unicode regular expressions', () => {
    const word = fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('Wang', 'wang', 'Łódź', 'Ünal', 'éclat', 'ΑΘΗΝΑ', 'Кремль', '王毅', 'Abc1', 'A.B.', "O'Neil", ''));
    fc.assert(
      fc.property(word, (w) => {
        expect(startsUpper(w)).toBe(/^\p{Lu}/u.test(w));
        expect(startsLower(w)).toBe(/^\p{Ll}/u.test(w));
        expect(startsWithFourLetters(w)).toBe(/^\p{L}{4,}/u.test(w));
      }),
      { numRuns: 5000 },
    );
  });
});
