import { describe, it, expect } from 'vitest';
import { tagText, tagTokens, type Span } from '@/utils/nlp/tagger';
import { tokenize } from '@/utils/nlp/tokenize';
import { LABELS, NL, allowed, shape, caseClass, selfFeatures } from '@/utils/nlp/tagger/features';
import { viterbi, T } from '@/utils/nlp/tagger/decode';

const find = (spans: Span[], text: string) => spans.find((s) => s.text === text);

function checkSpans(text: string, spans: Span[], tokenCount: number): void {
  for (const s of spans) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(['PER', 'ORG', 'LOC', 'MISC']).toContain(s.type);
    expect(s.tokenEnd).toBeGreaterThan(s.tokenStart);
    expect(s.tokenEnd).toBeLessThanOrEqual(tokenCount);
  }
}

describe('tagger', () => {
  it('finds people, organisations and places in ordinary news sentences', () => {
    const text =
      'Foreign Minister Wang Yi met Sergei Shoigu, secretary of the Russian Security Council, in Moscow on Tuesday.\n' +
      'Japanese Prime Minister Sanae Takaichi spoke to reporters in Tokyo after meeting executives of Toyota Motor Corp.\n' +
      'Maria Zakharova, spokeswoman for the Russian Foreign Ministry, said the talks with China went well.';
    const { tokens, spans } = tagText(text);
    checkSpans(text, spans, tokens.length);
    for (const name of ['Wang Yi', 'Sergei Shoigu', 'Sanae Takaichi', 'Maria Zakharova']) expect(find(spans, name)?.type, name).toBe('PER');
    for (const place of ['Moscow', 'Tokyo', 'China']) expect(find(spans, place)?.type, place).toBe('LOC');
    expect(find(spans, 'Russian Security Council')?.type).toBe('ORG');
    expect(find(spans, 'Toyota Motor Corp.')?.type).toBe('ORG');
    expect(find(spans, 'Tuesday')).toBeUndefined();
  });

  it('finds long organisation names and names in an all-caps byline', () => {
    const text = 'By ZHANG YUNBI | example.com\n\nThe Chinese Academy of Social Sciences and the United Nations Security Council disagreed, said Yang Bojiang.';
    const { spans } = tagText(text);
    expect(find(spans, 'ZHANG YUNBI')?.type).toBe('PER');
    expect(find(spans, 'Chinese Academy of Social Sciences')?.type).toBe('ORG');
    expect(find(spans, 'United Nations Security Council')?.type).toBe('ORG');
    expect(find(spans, 'Yang Bojiang')?.type).toBe('PER');
  });

  it('tags a name consistently through a document, also in an all-caps byline', () => {
    const text = 'By LENA OSTROVA\n\nLena Ostrova reports from Riga.\nOstrova said the port of Riga was busy.';
    const { spans } = tagText(text);
    const ostrova = spans.filter((s) => /ostrova/i.test(s.text));
    expect(ostrova.length).toBeGreaterThanOrEqual(2);
    for (const s of ostrova) expect(s.type).toBe('PER');
  });

  it('gives offsets into the original text with curly quotes and possessives', () => {
    const text = '“We will not yield,” said Chancellor Olaf Scholz’s spokesman in Berlin.';
    const { tokens, spans } = tagText(text);
    checkSpans(text, spans, tokens.length);
    expect(find(spans, 'Olaf Scholz')?.type).toBe('PER');
    expect(find(spans, 'Berlin')?.type).toBe('LOC');
  });

  it('tags the tokens it is given and nothing outside the sentences', () => {
    const text = 'Angela Merkel visited Paris.';
    const { tokens, sentences } = tokenize(text);
    expect(tagTokens(text, tokens, [])).toEqual([]);
    expect(tagTokens(text, [], [])).toEqual([]);
    const spans = tagTokens(text, tokens, sentences);
    checkSpans(text, spans, tokens.length);
  });

  it('never throws and stays bounded on bad input', () => {
    let junk = '';
    for (let i = 0; i < 20000; i++) junk += String.fromCharCode((i * 7919 + 13) % 65536);
    const inputs = ['', ' ', '\n\n\n', '.', 'A', junk, 'THE PRESIDENT OF FRANCE MET THE CHANCELLOR OF GERMANY IN BRUSSELS', '中国外交部长王毅周二在北京会见了俄罗斯安全会议秘书绍伊古。', 'قال وزير الخارجية إن المحادثات جرت في موسكو', 'x'.repeat(100000), 'Wang '.repeat(5000)];
    for (const text of inputs) {
      const { tokens, spans } = tagText(text);
      checkSpans(text, spans, tokens.length);
    }
  });

  it('tags 100,000 words quickly', () => {
    const para =
      'Foreign Minister Wang Yi and Sergei Shoigu, secretary of the Security Council of the Russian Federation, co-chaired the talks in Moscow on Tuesday, the Chinese Academy of Social Sciences said. ';
    const text = para.repeat(Math.ceil(100000 / 32));
    tagText(text.slice(0, 5000));
    const t0 = performance.now();
    const { tokens, spans } = tagText(text);
    const ms = performance.now() - t0;
    expect(tokens.length).toBeGreaterThan(100000);
    expect(spans.length).toBeGreaterThan(1000);
    // 200,000 words a second on a quiet machine; the bound leaves room for a busy test runner.
    expect(ms).toBeLessThan(4000);
  });
});

describe('tagger internals', () => {
  it('allows only well-formed BILOU sequences', () => {
    const id = (l: string) => LABELS.indexOf(l);
    expect(allowed(-1, id('B-PER'))).toBe(true);
    expect(allowed(-1, id('I-PER'))).toBe(false);
    expect(allowed(id('B-PER'), id('L-PER'))).toBe(true);
    expect(allowed(id('B-PER'), id('L-ORG'))).toBe(false);
    expect(allowed(id('B-PER'), 0)).toBe(false);
    expect(allowed(id('U-LOC'), id('B-ORG'))).toBe(true);
    expect(allowed(id('I-MISC'), -1)).toBe(false);
  });

  it('decodes the best allowed sequence', () => {
    // Emissions favour I-PER at the start, which is not allowed: Viterbi must choose B-PER L-PER.
    const em = new Float32Array(2 * NL);
    em[LABELS.indexOf('I-PER')] = 5;
    em[LABELS.indexOf('B-PER')] = 3;
    em[NL + LABELS.indexOf('L-PER')] = 3;
    const out: number[] = [];
    viterbi(em, 0, 2, new Float64Array(T * T), out, { score: new Float64Array(4), back: new Int32Array(4) });
    expect(out.map((k) => LABELS[k])).toEqual(['B-PER', 'L-PER']);
  });

  it('describes word shapes and case', () => {
    expect(shape('Wang')).toBe('Xx');
    expect(shape('U.S.')).toBe('X.X.');
    expect(shape('2025')).toBe('d');
    expect(caseClass('Wang')).toBe(2);
    expect(caseClass('NATO')).toBe(3);
    expect(caseClass('said')).toBe(1);
    expect(caseClass('42')).toBe(0);
    expect(selfFeatures('Shoigu')).toContain('lw=shoigu');
  });
});
