import { describe, it, expect } from 'vitest';
import { tokenize } from '@/utils/nlp/tokenize';

describe('tokenize', () => {
  it('splits possessives and punctuation, keeps abbreviations and hyphenated names', () => {
    const text = `Mr. Okafor's deputy, Anne-Marie Dubois, met U.S. envoys in the capital.`;
    const { tokens } = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Mr.', 'Okafor', "'s", 'deputy', ',', 'Anne-Marie', 'Dubois', ',', 'met', 'U.S.', 'envoys', 'in', 'the', 'capital', '.']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('ends sentences at full stops and line breaks, not after titles or initials', () => {
    const text = 'Dr. Lena Ostrova spoke first. George H.W. Harlow replied.\nA headline without a stop\nThe next line.';
    const { sentences } = tokenize(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Dr. Lena Ostrova spoke first.',
      'George H.W. Harlow replied.',
      'A headline without a stop',
      'The next line.',
    ]);
  });
  it('keeps a soft hyphen inside its word and copes with curly quotes', () => {
    const text = '“We are ready,” said Netan\u00adyahu’s aide.';
    const { tokens } = tokenize(text);
    expect(tokens.map((t) => t.text)).toContain('Netan\u00adyahu');
    expect(tokens.map((t) => t.text)).toContain('’s');
  });
  it('returns nothing for empty input and bounded output for garbage', () => {
    expect(tokenize('').tokens).toEqual([]);
    const junk = '\u0000\u0001\uffff'.repeat(1000);
    const { tokens } = tokenize(junk);
    for (const t of tokens) expect(t.end).toBeGreaterThan(t.start);
  });
});
