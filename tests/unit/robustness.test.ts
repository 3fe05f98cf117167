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
    const word = fc.constantFrom('Minister', 'Wang', 'Yi', 'said', 'the', 'UN', 'Security', 'Council', ',', '.', '"', "'s", 'of', 'President', 'Ana', 'Li', '\n', 'By', 'NATO', 'Mr');
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
