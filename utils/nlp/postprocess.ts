// Corrections to the tagger's spans that follow from facts about names rather than from
// training data: "Russian" + "Foreign Ministry" is one organisation; "Baltic Sea" is a place;
// a span never starts or ends on punctuation ("REUTERS/").
import type { Span } from './tagger';
import type { Token } from './tokenize';
import { DEMONYMS } from './lexicon/places';

const GEO_HEAD = /\b(sea|ocean|gulf|river|mountains?|islands?|strait|peninsula|bay|lake|valley|desert|coast|channel|canal|sound)$/i;

export function postprocess(text: string, tokens: Token[], spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s0 of spans) {
    const s = { ...s0 };
    // Trim punctuation tokens at either end.
    while (s.tokenEnd > s.tokenStart && !/[\p{L}\p{N}]/u.test(tokens[s.tokenEnd - 1].text)) s.tokenEnd--;
    while (s.tokenStart < s.tokenEnd && !/[\p{L}\p{N}]/u.test(tokens[s.tokenStart].text)) s.tokenStart++;
    if (s.tokenStart >= s.tokenEnd) continue;
    // "REUTERS/Maxim Shemetov": a slash inside splits what the tagger joined.
    const slash = tokens.slice(s.tokenStart, s.tokenEnd).findIndex((t) => t.text === '/');
    if (slash > 0) s.tokenEnd = s.tokenStart + slash;
    s.start = tokens[s.tokenStart].start;
    s.end = tokens[s.tokenEnd - 1].end;
    s.text = text.slice(s.start, s.end);
    if (s.type === 'ORG' && GEO_HEAD.test(s.text)) s.type = 'LOC';
    const prev = out[out.length - 1];
    // A demonym right before an organisation belongs to its name.
    if (s.type === 'ORG' && prev && prev.type === 'MISC' && prev.tokenEnd === s.tokenStart && DEMONYMS.has(prev.text.toLowerCase())) {
      out.pop();
      s.tokenStart = prev.tokenStart;
      s.start = prev.start;
      s.text = text.slice(s.start, s.end);
    }
    out.push(s);
  }
  return out;
}
