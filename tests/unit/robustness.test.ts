import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { analyzeText } from '@/utils/analyze';
import { analyzeDocument } from '@/utils/analyze-page';
import { quickCheck } from '@/utils/article/quick';

const validOffsets = (a: ReturnType<typeof analyzeText>) => {
  for (const e of [...a.people, ...a.organisations]) for (const m of e.mentions) expect(a.text.slice(m.start, m.end)).toBe(m.text);
};

describe('property: recognition never throws and its offsets are always valid', () => {
  it('on any Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        validOffsets(analyzeText({ text }));
      }),
      { numRuns: 200 },
    );
  });
  it('on name-like word salad', () => {
    const word = fc.constantFrom('Minister', 'Wang', 'Yi', 'said', 'the', 'UN', 'Security', 'Council', ',', '.', '"', "'s", 'of', 'President', 'Ana', 'Li', '\n', 'By', 'NATO', 'Mr', 'Constructor', 'constructor', 'toString', '__proto__', 'hasOwnProperty');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 120 }), (words) => {
        validOffsets(analyzeText({ text: words.join(' ') }));
      }),
      { numRuns: 300 },
    );
  });
});

describe('property: page analysis never throws', () => {
  it('on random and broken markup', () => {
    const tag = fc.constantFrom('p', 'div', 'article', 'h1', 'script', 'a', 'span', 'li', 'ul', 'table', 'td');
    const node: fc.Arbitrary<string> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.string({ maxLength: 60 }),
        fc.tuple(tag, fc.array(tie('node'), { maxLength: 4 }), fc.boolean()).map(([t, kids, close]) => `<${t}>${kids.join('')}${close ? `</${t}>` : ''}`),
      ),
    })).node as fc.Arbitrary<string>;
    fc.assert(
      fc.property(node, (html) => {
        const { document } = parseHTML(`<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`);
        const a = analyzeDocument(document as unknown as Document, 'https://example.org/x');
        expect(typeof a.reason).toBe('string');
        quickCheck(document as unknown as Document, 'https://example.org/x');
      }),
      { numRuns: 150 },
    );
  });
  it('on deeply nested markup and binary garbage', () => {
    const deep = '<div>'.repeat(3000) + 'text' + '</div>'.repeat(3000);
    const tenMegabytes = '<html><body><article><h1>Big</h1>' + '<p>The minister said the talks were useful and Foreign Minister Anna Berg agreed. </p>'.repeat(120000) + '</article></body></html>';
    for (const html of [deep, '', '\u0000\u0001\u00ff'.repeat(5000), '<html><body><p>' + 'word '.repeat(200000) + '</p></body></html>', tenMegabytes]) {
      const { document } = parseHTML(html);
      const a = analyzeDocument(document as unknown as Document, null);
      expect(typeof a.reason).toBe('string');
    }
  });
});

describe('word counts', () => {
  it('count as the regular expression does, on any text, without building its matches', async () => {
    const { countWords } = await import('@/utils/article/text');
    const reference = (s: string) => (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => countWords(s) === reference(s)));
    fc.assert(fc.property(fc.array(fc.constantFrom('Wang', "O'Neill", 'U.S.', '-', '’', ' ', '\n', '2025', '𝐀𝐁', '中文', '.', "'"), { maxLength: 40 }), (parts) => countWords(parts.join('')) === reference(parts.join(''))));
  });
});

describe('prose and chrome lines', () => {
  it('are judged as by splitting on white space, on any line', async () => {
    const { isProse, isChrome } = await import('@/utils/nlp/scope');
    const words = (line: string) => line.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    const prose = (line: string) => words(line) >= 8 && /[.!?"'”’)]\s*$/.test(line.trim());
    const part = fc.constantFrom('Wang', 'said', 'share', 'Share', 'more', ' ', '\u00a0', '\t', '\u3000', '2025', '𝐀', '.', '!', '中文', 'read more', '"');
    fc.assert(fc.property(fc.array(part, { maxLength: 30 }), (parts) => isProse(parts.join('')) === prose(parts.join(''))));
    fc.assert(fc.property(fc.array(part, { maxLength: 8 }), (parts) => {
      const t = parts.join('').trim();
      return isChrome(t) === (!t || (/^(share|read more|more)\b/i.test(t) && words(t) <= 4));
    }));
  });
});

describe('key points', () => {
  it('count a sentence’s words as splitting on white space does', async () => {
    const { analyzeText } = await import('@/utils/analyze');
    // Sentences of 7, 8 and 61 words: only the one of 8 to 60 can be a key point.
    const seven = 'Minister Lena Kowalski visited Gdansk on Tuesday.';
    const eight = 'Minister Lena Kowalski visited the port of Gdansk.';
    const long = 'Minister Lena Kowalski said ' + 'that '.repeat(56) + 'it rained.';
    const a = analyzeText({ text: `Port visit\n\n${seven} ${eight} ${long}` });
    expect(a.summary.keyPoints).toEqual([eight]);
  });
});

describe('inputs fast-check has found', () => {
  // A span of punctuation the tagger calls an organisation (found by the Unicode property above).
  it('survive a punctuation-only organisation', async () => {
    const { analyzeText } = await import('@/utils/analyze');
    expect(() => analyzeText({ text: '𞻰&' })).not.toThrow();
  });
});

describe('words that name properties of every JavaScript object', () => {
  // Word lists kept as plain objects once answered "constructor" with Object's own function.
  it('are read as words, as titles and as organisations', () => {
    const text = 'Builders meet\n\nThe Constructor Willem Brandt said the constructor Piet Vos and Constructor Group would go. toString, valueOf and __proto__ Holdings agreed.';
    const a = analyzeText({ text });
    validOffsets(a);
    expect(a.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Willem Brandt', 'Piet Vos']));
  });
});
