// Places that the words around them name as places: "Indonesia's Aceh province", "the city of
// Bandar Abbas", "Mount Cook", "Northern California". The tagger, trained on one year of news,
// does not know most of the world's provinces and towns; English says what they are.
import type { Span } from './tagger';
import type { Token } from './tokenize';
import { ORG_HEAD, headOf } from './name-facts';

// A lower-case word after the name that says what kind of place it is ("Aceh province").
const KIND_AFTER = /^\s+(province|region|prefecture|governorate|oblast|district|county|municipality|city|town|village|island|islands|peninsula|valley|neighbou?rhood|suburb|area|state)\b(?!\s+(hall|council|government|police|officials?|authorities|legislature|house)\b)/;
// "the city of", "the capital of", "the Sicilian capital of" just before the name.
const KIND_BEFORE = /\b(city|town|village|capital|province|region|island|state|port|district|county|suburb|neighbou?rhood|municipality)\s+of\s+$/i;
// Words that open the names of places ("Mount Cook", "Lake Tahoe", "Cape Horn").
const GEO_START = /^(Mount|Mt\.?|Lake|Cape|Isle|Glacier|Gulf)$/;
const GEO_END = /\b(glacier|volcano|reef|fjord|lagoon|atoll|archipelago|mount)$/i;
const COMPASS = /^(Northern|Southern|Eastern|Western|Central|North|South|East|West|Northeast|Northwest|Southeast|Southwest|Northeastern|Northwestern|Southeastern|Southwestern)$/;

/** The span, a person's, a body's or a thing's by the tagger, is a place by the words around it. */
export function placeByWords(text: string, tokens: Token[], s: Span, isPlace: (name: string) => boolean): boolean {
  if (s.type === 'LOC' || s.fixed) return false;
  const n = s.tokenEnd - s.tokenStart;
  const first = tokens[s.tokenStart].text;
  // "Mount Sinai Hospital", "Lake Forest College": a body named after a place is a body.
  if (n > 1 && ORG_HEAD.test(headOf(s.text))) return false;
  if (n > 1 && (GEO_START.test(first) || GEO_END.test(s.text))) return true;
  if (n > 1 && COMPASS.test(first) && isPlace(text.slice(tokens[s.tokenStart + 1].start, s.end))) return true;
  // A person's name followed by "area" or "state" is rare; a single capitalised word or a
  // place-shaped name followed by them is a place.
  return KIND_AFTER.test(text.slice(s.end, s.end + 40)) || KIND_BEFORE.test(text.slice(Math.max(0, s.start - 30), s.start));
}
