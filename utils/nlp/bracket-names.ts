// Clubs told apart by a bracketed letter in results ("Mladost ( L )", "Radnicki (N)"), as
// sports wires list them. Once the article has one such club, a name followed by the same
// kind of bracket is a club too, bracket and all, whatever the tagger made of the name alone.
import { spanWith, type Span } from './span';
import type { Token } from './tokenize';
import { isNation } from './country-names';
import { PLACE_LOWER, US_STATES } from './lexicon/cities';
import { sportsArticle } from './name-context';

/** Tokens k.. are "(", one to three capitals, ")". */
function bracketAt(tokens: Token[], k: number): boolean {
  return tokens[k]?.text === '(' && /^\p{Lu}{1,3}$/u.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ')';
}

export function bracketedClubs(text: string, tokens: Token[], spans: Span[]): Span[] {
  const has = spans.some((s) => s.type === 'ORG' && s.tokenEnd - s.tokenStart >= 4 && bracketAt(tokens, s.tokenEnd - 3));
  if (!has) return spans;
  const out: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const k = s.tokenEnd;
    if (s.type === 'MISC' || !bracketAt(tokens, k) || !/^\p{Lu}/u.test(s.text)) {
      out.push(s);
      continue;
    }
    // The letter may have been tagged on its own ("B" as a person); it is part of the club.
    while (i + 1 < spans.length && spans[i + 1].tokenStart < k + 3) i++;
    const end = tokens[k + 2].end;
    out.push(spanWith(s, { type: 'ORG', tokenEnd: k + 3, end, text: text.slice(s.start, end) }));
  }
  return out;
}

/**
 * "Xavier Gravelaine ( Marseille )", "Enzo Scifo ( Monaco )": in a sports report a city in
 * brackets after a player is the player's club. A nation there is the player's country
 * ("Sergi Bruguera ( Spain )"), and a US state or province a home, so both stay places.
 */
export function clubsAfterPlayers(text: string, tokens: Token[], spans: Span[]): Span[] {
  let people: Set<number> | null = null;
  const towns: Span[] = [];
  let nations = 0;
  for (let k = 1; k < spans.length; k++) {
    const s = spans[k];
    if (s.type !== 'LOC' || tokens[s.tokenStart - 1]?.text !== '(' || tokens[s.tokenEnd]?.text !== ')') continue;
    people ??= new Set(spans.filter((p) => p.type === 'PER').map((p) => p.tokenEnd));
    if (!people.has(s.tokenStart - 1)) continue;
    if (isNation(s.text)) nations++;
    else if (!US_STATES.has(s.text) && PLACE_LOWER.has(s.text.toLowerCase())) towns.push(s);
  }
  // Where players are listed by country, a territory among them is one too ("( Hong Kong )").
  if (towns.length > nations && sportsArticle(text, tokens)) for (const s of towns) s.type = 'ORG';
  return spans;
}
