import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { tokenize, patternToken } from '@/utils/nlp/tokenize';

const words = (text: string) => tokenize(text).tokens.map((t) => t.text);

describe('tokenize', () => {
  it('splits possessives and punctuation, keeps abbreviations and hyphenated names', () => {
    const text = `Mr. Okafor's deputy, Anne-Marie Dubois, met U.S. envoys in the capital.`;
    const { tokens } = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Mr.', 'Okafor', "'s", 'deputy', ',', 'Anne-Marie', 'Dubois', ',', 'met', 'U.S.', 'envoys', 'in', 'the', 'capital', '.']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('splits clitics and capital possessives but keeps names with apostrophes', () => {
    expect(words("I'm sure they've seen O'Neill's notes, CHEN'S too.")).toEqual(['I', "'m", 'sure', 'they', "'ve", 'seen', "O'Neill", "'s", 'notes', ',', 'CHEN', "'S", 'too', '.']);
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

  it('keeps "U.S. Open" in one sentence but ends one after "U.S." before "The"', () => {
    const text = 'She won the U.S. Open on Sunday. Exports rose in the U.S. The rest fell.';
    const { sentences } = tokenize(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['She won the U.S. Open on Sunday.', 'Exports rose in the U.S.', 'The rest fell.']);
  });

  it('keeps a soft hyphen inside its word and copes with curly quotes and dashes', () => {
    const text = '“We are ready,” said Netan\u00adyahu’s aide — calmly -- and left...';
    const ws = words(text);
    expect(ws).toContain('Netan\u00adyahu');
    expect(ws).toContain('’s');
    expect(ws).toContain('“');
    expect(ws).toContain('—');
    expect(ws).toContain('--');
    expect(ws).toContain('...');
  });

  it('keeps list numbers, decimals and dates whole', () => {
    expect(words('1. Lena Ostrova (Latvia) 2:14.50')).toEqual(['1.', 'Lena', 'Ostrova', '(', 'Latvia', ')', '2:14.50']);
    expect(words('batting .318 on 2025-12-03')).toEqual(['batting', '.318', 'on', '2025-12-03']);
  });

  it('treats a blank line and every line break as a sentence end', () => {
    const text = 'By ZHANG YUNBI | example.com\n\nBeijing and Moscow agreed';
    const { sentences } = tokenize(text);
    expect(sentences.length).toBe(2);
    expect(text.slice(sentences[1].start, sentences[1].end)).toBe('Beijing and Moscow agreed');
  });

  it('returns nothing for empty input and bounded output for garbage and other scripts', () => {
    expect(tokenize('')).toEqual({ tokens: [], sentences: [] });
    expect(tokenize(' \n\n \t').tokens).toEqual([]);
    let junk = '';
    for (let i = 0; i < 5000; i++) junk += String.fromCharCode((i * 7919) % 65536);
    for (const text of [junk, '\u0000\u0001\uffff'.repeat(1000), '中国外交部长王毅周二在北京会见。', 'قال وزير الخارجية']) {
      const { tokens, sentences } = tokenize(text);
      for (const t of tokens) {
        expect(t.end).toBeGreaterThan(t.start);
        expect(text.slice(t.start, t.end)).toBe(t.text);
      }
      for (const s of sentences) expect(s.tokenEnd).toBeGreaterThan(s.tokenStart);
    }
  });

  // Plain ASCII words skip the pattern; every token must still be what the pattern reads there.
  it('reads plain words as the full pattern does, whatever follows them', () => {
    const piece = fc.constantFrom('Wang', 'yi', 'U', 'S', 'vs', 'Mr', 'a', '3', '1996', '.', ',', ':', ';', '-', "'s", '’', "'", '&', '%', '/', '(', ')', '"', '!', '?', ' ', ' ', ' ', '\n', 'é', 'Ł', '\u00ad', '…', '—', ']');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const { tokens } = tokenize(text);
        let covered = 0;
        tokens.forEach((t) => {
          // Whether a list number may open the sentence matters only to a token of digits; the
          // tokenizer decides it before it knows where the previous sentence ended.
          const read = /^\d/.test(t.text) ? [patternToken(text, t.start, true), patternToken(text, t.start, false)] : [patternToken(text, t.start, false)];
          expect(read).toContain(t.text);
          expect(t.start).toBeGreaterThanOrEqual(covered);
          covered = t.end;
        });
      }),
      { numRuns: 3000 },
    );
  });

  // Its speed is measured by npm run bench; here, that a long text is tokenized whole.
  it('tokenizes a long text whole', () => {
    const text = 'Foreign Minister Wang Yi met Sergei Shoigu in Moscow on Tuesday, the ministry said. '.repeat(20000);
    const { tokens, sentences } = tokenize(text);
    expect(tokens.length).toBe(20000 * 16);
    expect(sentences.length).toBe(20000);
  });
});
