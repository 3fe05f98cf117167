// A party's word after a chamber or a place names members, not a body: "the House Democratic
// leader", "Senate Republicans" are the House and the Senate; "the Pennsylvania Republican" is
// a person from Pennsylvania. The tagger often runs the two words into one organisation.
import type { Span } from './tagger';
import type { Token } from './tokenize';
import { countryOf } from './lexicon/places';
import { PLACE_LOWER } from './lexicon/cities';

const PARTY_WORD = /^(Democrats?|Democratic|Republicans?)$/;
const CHAMBER = /^(?:U\.S\. )?(House|Senate|Congress|Assembly|Parliament|Legislature)$/;

export function partyWords(text: string, tokens: Token[], spans: Span[]): Span[] {
  for (const s of spans) {
    if ((s.type !== 'ORG' && s.type !== 'PER') || s.tokenEnd - s.tokenStart < 2 || s.fixed) continue;
    if (!PARTY_WORD.test(tokens[s.tokenEnd - 1].text)) continue;
    // "Democratic Party", "Republican National Committee": the party's own name goes on.
    const next = tokens[s.tokenEnd]?.text;
    if (next && /^\p{Lu}/u.test(next) && text.slice(tokens[s.tokenEnd - 1].end, tokens[s.tokenEnd].start) === ' ') continue;
    const end = tokens[s.tokenEnd - 2].end;
    const rest = text.slice(s.start, end);
    const type = CHAMBER.test(rest) ? 'ORG' : countryOf(rest) || PLACE_LOWER.has(rest.toLowerCase()) ? 'LOC' : null;
    if (!type) continue;
    s.type = type;
    s.tokenEnd--;
    s.end = end;
    s.text = rest;
  }
  return spans;
}
