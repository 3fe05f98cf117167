// Countries and places at the edge of another name: "Ambassador to Russia Zhang Hanhui" and
// "Istanbul Newsroom" tagged as one place, "Zimbabwe" + "Football Association" tagged apart.
import { spanWith, type Span } from './span';
import type { Token } from './tokenize';
import { DEMONYMS, countryOf } from './lexicon/places';
import { GEO_HEAD, ORG_HEAD, headOf } from './name-facts';

export const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u;

// "U.S." is a prefix ("U.S. Central Command", "U.S. Army"); before one other word it is more
// often a thing's ("U.S. Market"), but for these bodies.
const US = /^(U\.S\.|US|U\.S\.A\.|USA)$/;
const US_BODIES = /^(Army|Navy|Senate|Congress|Treasury|Marines|Embassy|Mint)$/;

/** A country by its own name or letters ("Japan", "U.S."), not a city that stands for one. */
export function isNation(name: string): boolean {
  const country = countryOf(name);
  return !!country && (country.toLowerCase() === name.toLowerCase() || /^[A-Z.]{2,6}$/.test(name));
}

/**
 * A place span opening with a country or a capital: the country, then a person ("Ambassador to
 * Russia Zhang Hanhui"); or, when a body's word ends it, one body ("Istanbul Newsroom",
 * "Lebanon Correctional Institution", "Washington University"), but "U.S." and the body apart.
 * Mutates `s`; pushes the country onto `out` when it splits.
 */
export function placeRun(text: string, tokens: Token[], s: Span, out: Span[]): void {
  if (s.type !== 'LOC' || s.tokenEnd - s.tokenStart < 2 || !countryOf(tokens[s.tokenStart].text) || countryOf(s.text)) return;
  const rest = tokens.slice(s.tokenStart + 1, s.tokenEnd);
  const body = ORG_HEAD.test(headOf(s.text));
  if (body && !US.test(tokens[s.tokenStart].text)) {
    s.type = 'ORG';
    return;
  }
  if (!rest.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) || GEO_HEAD.test(s.text)) return;
  out.push(spanWith(s, { tokenEnd: s.tokenStart + 1, end: tokens[s.tokenStart].end, text: tokens[s.tokenStart].text }));
  s.tokenStart++;
  s.start = tokens[s.tokenStart].start;
  s.text = text.slice(s.start, s.end);
  s.type = body && (rest.length >= 2 || US_BODIES.test(s.text)) ? 'ORG' : 'PER';
}

/**
 * `prev` is part of the body `s` that follows it, one space between: a country ("Zimbabwe" +
 * "Football Association", "Israel" + "Democracy Institute"; before an acronym it is where the
 * body is, "India RBI"; and not "U.S.", since news names "the U.S. Marine Corps" and "the Marine
 * Corps" alike and one body keeps one key across articles), or a demonym ("Russian" + "Foreign
 * Ministry"; "the Palestinian U.N. observer mission": an acronym is a whole name of its own).
 */
export function joinsBody(text: string, tokens: Token[], prev: Span, s: Span): boolean {
  if (s.type !== 'ORG' || prev.tokenEnd !== s.tokenStart) return false;
  if (prev.type === 'LOC') return text.slice(prev.end, s.start) === ' ' && isNation(prev.text) && !ACRONYM.test(tokens[s.tokenStart].text) && countryOf(prev.text) !== 'United States';
  return prev.type === 'MISC' && DEMONYMS.has(prev.text.toLowerCase()) && !ACRONYM.test(s.text);
}
