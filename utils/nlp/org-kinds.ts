// Organisations named by the kind of body they are: "rescue group Project Jonah" (the kind
// before the name) and "Britain's Sun newspaper" (the kind after it), whatever the tagger made of
// the words.
import { newSpan, type Span } from './span';
import type { Token } from './tokenize';
import { DEMONYMS, countryOf } from './lexicon/places';
import { PLACE_LOWER } from './lexicon/cities';
import { PEOPLES } from './lexicon/peoples';
import { PUBLIC_HEAD, PRIVATE_HEAD, HONORIFICS } from './lexicon/titles';
import { knownGivenName } from './name-facts';
import { CALENDAR, capitalised, sameLine, ownedWithin } from './org-names';

const KIND_BEFORE = new Set(['group', 'charity', 'organisation', 'organization', 'nonprofit', 'non-profit', 'firm', 'company', 'agency', 'broker', 'brokerage', 'carrier', 'retailer', 'lender', 'insurer', 'consultancy', 'startup', 'start-up', 'newspaper', 'daily', 'tabloid', 'broadcaster', 'publisher', 'maker', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'planemaker', 'steelmaker', 'manufacturer', 'conglomerate', 'airline', 'club']);
const SERIAL = new Set(['briefing', 'briefings', 'podcast', 'show', 'puzzle', 'newsletter', 'column', 'programme', 'program', 'edition', 'series', 'update', 'digest']);
// Kinds a person may be ("insurer Thierry Dehaan", "publisher Rupert Murdoch"): the tagger's
// person there stays one, first name known or not.
const PERSON_KINDS = new Set(['broker', 'insurer', 'publisher', 'maker', 'lender']);
// "film maker Ken Loach": kinds that may be a person's trade.
const TRADE_BEFORE = new Set(['film', 'movie', 'policy', 'law', 'decision', 'deal', 'match', 'king', 'peace', 'trouble']);

/**
 * "whale rescue group Project Jonah", "the consultancy Eurasia Group": capitalised words right
 * after a kind of body name that body, whatever the tagger made of them.
 */
export function namedByKind(text: string, tokens: Token[], spans: Span[]): Span[] {
  const owner = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, k) => owner.fill(k, s.tokenStart, s.tokenEnd));
  const gone = new Set<number>();
  const added: Span[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    // Cheap tests first: most words are not followed by a capital.
    const c = tokens[i + 1].text.charCodeAt(0);
    // A name may open with digits ("firm 1010data", "company 3M").
    const numbered = c >= 48 && c <= 57 && /^\d+\p{L}[\p{L}\d]*$/u.test(tokens[i + 1].text);
    if (((c < 65 || (c > 90 && c < 192)) && !numbered) || !KIND_BEFORE.has(tokens[i].text) || !sameLine(text, tokens, i + 1)) continue;
    let end = i + 1 + (numbered ? 1 : 0);
    while (end < tokens.length && end - i <= 5 && capitalised(tokens[end]) && /^\p{Lu}[\p{L}.&-]*$/u.test(tokens[end].text) && (end === i + 1 || sameLine(text, tokens, end))) end++;
    const first = tokens[i + 1].text.toLowerCase();
    if (end === i + 1 || PUBLIC_HEAD.has(first) || PRIVATE_HEAD.has(first) || HONORIFICS.has(first)) continue;
    if (!ownedWithin(owner, i + 1, end, spans)) continue;
    // A person the tagger found there, first name and all, stays one ("the club's Tomas Varga").
    const o = owner[i + 1];
    if (o >= 0 && spans[o].type === 'PER' && spans[o].tokenEnd - spans[o].tokenStart >= 2 && (knownGivenName(first) || PERSON_KINDS.has(tokens[i].text))) continue;
    if (tokens[i].text === 'maker' && TRADE_BEFORE.has(tokens[i - 1].text.toLowerCase())) continue;
    // "the daily White House briefing", "the daily Wordle puzzle": the name of a thing.
    if (tokens[i].text === 'daily' && SERIAL.has(tokens[end]?.text ?? '')) continue;
    for (let t = i + 1; t < end; t++) if (owner[t] >= 0) gone.add(owner[t]);
    added.push(newSpan('ORG', i + 1, end, tokens[i + 1].start, tokens[end - 1].end, text.slice(tokens[i + 1].start, tokens[end - 1].end)));
  }
  if (!added.length) return spans;
  return [...spans.filter((_, k) => !gone.has(k)), ...added].sort((a, b) => a.start - b.start);
}

const MAGAZINE_BEFORE = /^(by|in|to|told|from|with|for|said|says|tells|via)$/;
const PUBLICATION = new Set(['newspaper', 'magazine', 'tabloid', 'broadsheet', 'weekly', 'daily', 'broadcaster', 'website']);

/**
 * "Britain's Sun newspaper", "the Globe tabloid": untagged capitalised words right before the
 * kind of publication they are name it (a place or a people there only says where it is from).
 */
export function namedBeforeKind(text: string, tokens: Token[], spans: Span[]): Span[] {
  const owner = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, k) => owner.fill(k, s.tokenStart, s.tokenEnd));
  const added: Span[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const c = tokens[i].text.charCodeAt(0);
    if (c < 65 || (c > 90 && c < 192) || !PUBLICATION.has(tokens[i + 1].text) || !sameLine(text, tokens, i + 1)) continue;
    let start = i + 1;
    while (start > 0 && i + 1 - start < 4 && owner[start - 1] < 0 && /^\p{Lu}\p{Ll}/u.test(tokens[start - 1].text) && !CALENDAR.test(tokens[start - 1].text) && (start - 1 === i || sameLine(text, tokens, start))) start--;
    if (start > i) continue;
    const name = text.slice(tokens[start].start, tokens[i].end);
    const lw = name.toLowerCase();
    if (DEMONYMS.has(lw) || PEOPLES.has(lw) || countryOf(lw) || PLACE_LOWER.has(lw)) continue;
    // The first word of a sentence is capitalised whatever it is.
    if (start === 0 || /[.!?"“]$/.test(tokens[start - 1].text) || !sameLine(text, tokens, start)) continue;
    added.push(newSpan('ORG', start, i + 1, tokens[start].start, tokens[i].end, name));
  }
  return cityMagazines(text, tokens, added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans);
}

/**
 * "an article by New York magazine", "she told Boston magazine": a magazine named for its
 * city, written with "magazine" as part of the name, where a preposition or a verb of saying
 * comes before and no article or determiner makes the place an adjective ("a New York
 * magazine"). The tagger reads the city as a place.
 */
function cityMagazines(text: string, tokens: Token[], spans: Span[]): Span[] {
  for (const s of spans) {
    const next = tokens[s.tokenEnd];
    if (s.type !== 'LOC' || next?.text !== 'magazine' || s.tokenStart === 0 || !MAGAZINE_BEFORE.test(tokens[s.tokenStart - 1].text) || !PLACE_LOWER.has(s.text.toLowerCase())) continue;
    s.type = 'ORG';
    s.tokenEnd++;
    s.end = next.end;
    s.text = text.slice(s.start, s.end);
  }
  return spans;
}
