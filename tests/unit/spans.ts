// Runs the span corrections on spans given by their text, as the tagger made them on a page.
import { tokenize } from '@/utils/nlp/tokenize';
import { postprocess } from '@/utils/nlp/postprocess';
import { newSpan, type Span } from '@/utils/nlp/span';

/** postprocess() on spans given as [type, text, where to start looking for it]. */
export function fixAll(text: string, given: [Span['type'], string, number?][]): string[] {
  const { tokens } = tokenize(text);
  const spans = given.map(([type, name, from = 0]) => {
    const start = text.indexOf(name, from);
    const end = start + name.length;
    return newSpan(type, tokens.findIndex((t) => t.start === start), tokens.findIndex((t) => t.end === end) + 1, start, end, name);
  });
  return postprocess(text, tokens, spans).map((s) => s.type + ':' + s.text);
}

export const fix = (text: string, type: Span['type'], name: string) => fixAll(text, [[type, name]]);
