// Fixtures and match-ups in a sports report ("Bradford v Tranmere , Hamilton v Clyde"): the
// names either side of "v" are teams. A place there is always a team; a name read as a person
// is one only when it faces a team (players meet players, as in "Sampras v Agassi").
import type { Span } from './tagger';
import type { Token } from './tokenize';
import { sportsArticle } from './name-context';

const FACING = new Set(['v', 'v.', 'vs', 'vs.', 'versus']);

/** A place beside "v" in a sports report: a side of a fixture. */
export function fixtureSide(text: string, tokens: Token[], s: Span): boolean {
  const prev = tokens[s.tokenStart - 1]?.text.toLowerCase() ?? '';
  const next = tokens[s.tokenEnd]?.text.toLowerCase() ?? '';
  return (FACING.has(prev) || FACING.has(next)) && sportsArticle(text, tokens);
}

/** One-word people facing a team across "v" are teams too. */
export function fixtures(text: string, tokens: Token[], spans: Span[]): Span[] {
  let sports: boolean | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type !== 'PER' || s.tokenEnd - s.tokenStart !== 1) continue;
    // A team one "v" away: the span before ends, or the span after starts, one token off.
    const before = spans[k - 1];
    const after = spans[k + 1];
    const facing =
      (before?.type === 'ORG' && before.tokenEnd === s.tokenStart - 1 && FACING.has(tokens[s.tokenStart - 1].text.toLowerCase())) ||
      (after?.type === 'ORG' && after.tokenStart === s.tokenEnd + 1 && FACING.has(tokens[s.tokenEnd].text.toLowerCase()));
    if (facing && (sports ??= sportsArticle(text, tokens))) s.type = 'ORG';
  }
  return spans;
}
