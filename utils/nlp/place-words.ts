// Places that the words around them name as places ("Indonesia's Aceh province", "the city of
// Bandar Abbas", "Mount Cook", "Northern California"), and teams named after places. The
// tagger, trained on one year of news, does not know most of the world's provinces and towns;
// English says what they are.
import type { Span } from './tagger';
import type { Token } from './tokenize';
import { ORG_HEAD, headOf } from './name-facts';
import { knownPlace } from './lexicon/cities';
import { DEMONYMS } from './lexicon/places';

// A lower-case word after the name that says what kind of place it is ("Aceh province").
const KIND_AFTER = /^\s+(province|region|prefecture|governorate|oblast|district|county|municipality|city|town|village|island|islands|peninsula|valley|neighbou?rhood|suburb|area|state)\b(?!\s+(hall|council|government|police|officials?|authorities|legislature|house)\b)/;
const SERVICE_AFTER = /\s+(?:(?:conservation|health|education|fire|parks|water|transport|housing|planning)\s+)?(police|council|department|court|hospital|fire brigade|fire service|school board|city council|ambulance service)\s+(officers?|officials?|ranger|rangers|spokes(man|woman|person)|chief|said|says|has|have|is|are|was|were)\b/y;
// "the city of", "the capital of", "the Sicilian capital of" just before the name.
const KIND_BEFORE = /\b(city|town|village|capital|province|region|island|state|port|district|county|suburb|neighbou?rhood|municipality)\s+of\s+$/i;
// Words that open the names of places ("Mount Cook", "Lake Tahoe", "Cape Horn").
const GEO_START = /^(Mount|Mt\.?|Lake|Cape|Isle|Glacier|Gulf)$/;
const GEO_END = /\b(glacier|volcano|reef|fjord|lagoon|atoll|archipelago|mount)$/i;
const COMPASS = /^(Northern|Southern|Eastern|Western|Central|North|South|East|West|Northeast|Northwest|Southeast|Southwest|Northeastern|Northwestern|Southeastern|Southwestern)$/;

/** The span, a person's, a body's or a thing's by the tagger, is a place by the words around it. */
export function placeByWords(text: string, tokens: Token[], s: Span): boolean {
  if (s.type === 'LOC' || s.fixed) return false;
  const n = s.tokenEnd - s.tokenStart;
  const first = tokens[s.tokenStart].text;
  // "Mount Sinai Hospital", "Lake Forest College": a body named after a place is a body.
  if (n > 1 && ORG_HEAD.test(headOf(s.text))) return false;
  if (n > 1 && (GEO_START.test(first) || GEO_END.test(s.text))) return true;
  if (n > 1 && COMPASS.test(first) && knownPlace(text.slice(tokens[s.tokenStart + 1].start, s.end))) return true;
  // "Kaitaia conservation department ranger", "Seattle police officers": one word before a
  // local public service in lower case is the place it serves.
  if (n === 1 && text.charCodeAt(s.end) === 32 && /^\p{Lu}\p{Ll}/u.test(first)) {
    SERVICE_AFTER.lastIndex = s.end;
    if (SERVICE_AFTER.test(text)) return true;
  }
  // A person's name followed by "area" or "state" is rare; a single capitalised word or a
  // place-shaped name followed by them is a place.
  return KIND_AFTER.test(text.slice(s.end, s.end + 40)) || KIND_BEFORE.test(text.slice(Math.max(0, s.start - 30), s.start));
}

// Plural words that end the names of places, not of teams ("Colorado Springs", "Sioux Falls").
const PLACE_PLURALS = /^(springs|falls|rapids|hills|heights|woods|lakes|isles|islands|keys|gardens|sands|shoals|flats|fields|plains|highlands|lowlands|mountains|territories|states|emirates|provinces|wells|downs|meadows|pines|oaks|palms|geysers|aves|sts)$/i;

/**
 * A place followed by a plural nickname is a team ("New Orleans Saints", "Kansas City Chiefs",
 * "Los Angeles Angels"), which a tagger that knows the place may still call a place.
 */
export function cityTeam(text: string, tokens: Token[], s: Span): boolean {
  const n = s.tokenEnd - s.tokenStart;
  const last = tokens[s.tokenEnd - 1].text;
  if (n < 2 || !/^\p{Lu}\p{Ll}+s$/u.test(last) || PLACE_PLURALS.test(last)) return false;
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) if (!/^\p{Lu}/u.test(tokens[k].text)) return false;
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
    // (A demonym before a plural is a people, "Iraqi Kurds", or an event, "British Masters".)
    const place = text.slice(s.start, tokens[k - 1].end);
    if (knownPlace(place) && !DEMONYMS.has(place.toLowerCase())) return true;
  }
  return false;
}
