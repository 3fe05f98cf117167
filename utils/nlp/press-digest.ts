// A press digest ("PRESS DIGEST - Indonesian newspapers", "main stories in Thursday's
// Pakistani newspapers:") sums up each paper under its name, set alone on a line in capitals
// ("KOMPAS", "BUSINESS RECORDER", "THE NATION"). Those lines are the papers: bodies.
import { newSpan, type Span } from './span';
import type { Token } from './tokenize';
import { countryOf } from './lexicon/places';
import { PLACE_LOWER } from './lexicon/cities';

const DIGEST = /\bPRESS DIGEST\b|\bnewspapers\s*:/i;
const CAPS_WORD = /^[\p{Lu}][\p{Lu}&'’.-]*$/u;

export function pressDigest(text: string, tokens: Token[], spans: Span[]): Span[] {
  if (!DIGEST.test(text.slice(0, 600))) return spans;
  const added: Span[] = [];
  const gone = new Set<Span>();
  let a = 0;
  while (a < tokens.length) {
    // The tokens of one line: [a, b).
    let b = a + 1;
    while (b < tokens.length && !text.slice(tokens[b - 1].end, tokens[b].start).includes('\n')) b++;
    const line = text.slice(tokens[a].start, tokens[b - 1].end);
    const words = tokens.slice(a, b);
    if (b - a <= 4 && words.every((t) => CAPS_WORD.test(t.text)) && words.some((t) => t.text.length > 1) && !countryOf(line) && !PLACE_LOWER.has(line.toLowerCase())) {
      for (const s of spans) if (s.tokenStart < b && s.tokenEnd > a) gone.add(s);
      added.push(newSpan('ORG', a, b, tokens[a].start, tokens[b - 1].end, line, true));
    }
    a = b;
  }
  if (!added.length) return spans;
  return [...spans.filter((s) => !gone.has(s)), ...added].sort((x, y) => x.start - y.start);
}
