// Helpers of officials.ts: the span at a token, a country named by one word, and a role's
// text with its leading demonym or country taken out as the affiliation.
import { type Doc, isCapitalised, isPossessive } from './doc';
import { countryOf } from './lexicon/places';
import { PLACE_NAMES } from './lexicon/cities';

export function spanAt(doc: Doc, i: number) {
  const k = doc.spanOf[i];
  return k >= 0 ? doc.spans[k] : null;
}

export function countryFrom(doc: Doc, i: number): string | null {
  const w = doc.tokens[i].text;
  return isCapitalised(w) ? countryOf(w) : null;
}

/** Role text without a leading demonym or country, which becomes the affiliation instead. */
export function roleText(doc: Doc, from: number, to: number): { text: string; start: number; country: string | null } {
  let country: string | null = null;
  let i = from;
  while (i < to) {
    const c = countryFrom(doc, i);
    const span = spanAt(doc, i);
    // A demonym inside an organisation's name stays in the role ("Russian Security Council Secretary").
    if (c && (!span || span.type !== 'ORG')) {
      country ??= c;
      i++;
    } else if (i + 2 < to && isCapitalised(doc.tokens[i + 1].text) && countryOf(doc.tokens[i].text + ' ' + doc.tokens[i + 1].text) && (!span || span.type !== 'ORG')) {
      // A demonym in two words ("South Korean President").
      country ??= countryOf(doc.tokens[i].text + ' ' + doc.tokens[i + 1].text);
      i += 2;
    } else if (span && span.type === 'LOC' && span.tokenEnd <= to && (countryOf(span.text) || PLACE_NAMES.has(span.text))) {
      // A country, or a city or state whose office it is ("New York Mayor").
      country ??= countryOf(span.text) ?? span.text;
      i = span.tokenEnd;
    } else if (i > from && isPossessive(doc.tokens[i].text.toLowerCase())) {
      i++;
    } else break;
  }
  if (i >= to) i = from;
  const start = doc.tokens[i].start;
  return { text: doc.text.slice(start, doc.tokens[to - 1].end), start, country };
}

