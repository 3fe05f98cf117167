import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { startsUpper, startsLower, startsWithFourLetters, splitWords } from '@/utils/nlp/chars';
import { inLowerCase } from '@/utils/nlp/name-facts';

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
  it('split names into words as the whitespace pattern does', () => {
    const name = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('Wang Yi', 'Wang', 'Wang\u00a0Yi', 'Wang\u2009Yi', ' Wang ', 'A\nB', ''));
    fc.assert(
      fc.property(name, (s) => {
        expect(splitWords(s)).toEqual(s.split(/\s+/));
      }),
      { numRuns: 5000 },
    );
  });
});

// inLowerCase answers by indexOf for a text's first questions and from a set of its words
// after that (a long text asks many): both ways must give the same answers.
describe('a word written in lower case in the text', () => {
  const wordChar = /[\p{L}\p{N}]/u;
  const reference = (text: string, w: string) => {
    const lw = w.toLowerCase();
    for (let at = text.indexOf(lw); at >= 0; at = text.indexOf(lw, at + 1)) {
      if (!wordChar.test(text[at - 1] ?? ' ') && !wordChar.test(text[at + lw.length] ?? ' ')) return true;
    }
    return false;
  };
  it('is found the same way before and after the text has been asked about often', () => {
    const vocab = ['port', 'Port', 'PORT', 'e-mail', 'mail', 'Mail', 'łódź', 'Łódź', '2024', 'x1', 'Tallinn', 'tallinn', 'über', 'news', 'ort'];
    const text = fc.array(fc.tuple(fc.constantFrom(...vocab), fc.constantFrom(' ', '-', ', ', '\n', "'s ", '.')), { maxLength: 30 }).map((ps) => ps.flat().join(''));
    fc.assert(
      fc.property(text, fc.array(fc.constantFrom(...vocab), { minLength: 17, maxLength: 40 }), (t, questions) => {
        for (const q of questions) expect(inLowerCase(t, q)).toBe(reference(t, q));
      }),
      { numRuns: 500 },
    );
  });
});
