// A person's age beside a name is the surest sign in news writing that the name is a person's:
// "Zurana Horton, 34, and Unique Armstead, 32,", "the 20-year-old Ka'loni Flynn", "John Cole
// (41)". The tagger reads unfamiliar names after "of" as places ("the murder of Zurana
// Horton"); an age settles it.
import { newSpan, spanWith, type Span } from './span';
import type { Token } from './tokenize';
import { knownPlace } from './lexicon/cities';
import { GEO_HEAD, ORG_HEAD, headOf } from './name-facts';
import { startsUpper } from './chars';

// ", 34," / ", 34 and" / ", 34." / " (34)": an age of one to three figures after the name. A
// year (four figures) or a score ("Arsenal 2, Chelsea 1", with no comma after the name) is not.
// ("East Flatbush, 46 were arrested" is a count: no plural verbs.)
const AGE_AFTER = /^(?:,\s*(?:aged\s+)?\d{1,3}\s*(?:,(?!\s*\d)|;|\.(?!\d)|\)|\s+(?:and|of|from|who|was|is|has|had|said|died)\b)|\s+\(\d{1,3}\))/;
// "a 39-year-old Troy man", "the 29-year-old Hawaiian Gardens gang member": the name is a home.
const HOME_OF = /^\s+(man|woman|men|women|boy|girl|teen|teenager|youth|resident|native|mother|father|son|daughter|gang|student|driver|motorist|pedestrian|worker|employee|officer|soldier|inmate|suspect|member|members|fan|supporter|player)\b/i;
// "20-year-old", "20 - year - old" (a corpus tokenizer's spacing), "aged 20".
const AGE_BEFORE = /(?:\b\d{1,3}\s*-?\s*years?\s*-?\s*old|\baged\s+\d{1,3})\s+$/i;

/** An age right after a name that ends at `end`. */
export const ageAfter = (text: string, end: number): boolean => AGE_AFTER.test(text.slice(end, end + 24));
/** An age right before the span, which is not then the home of a person named after it. */
const ageBefore = (text: string, s: Span): boolean => AGE_BEFORE.test(text.slice(Math.max(0, s.start - 24), s.start)) && !HOME_OF.test(text.slice(s.end, s.end + 12));

/**
 * Every span of a name that stands beside an age somewhere in the article becomes a person:
 * the article's other mentions of it are the same person without the age.
 */
export function agedPeople(text: string, tokens: Token[], spans: Span[]): Span[] {
  let aged: Set<string> | null = null;
  const split = new Map<Span, Span[]>();
  for (const s of spans) {
    if (agedPerson(text, tokens, s)) (aged ??= new Set()).add(s.text);
    else {
      const parts = agedWithHome(text, tokens, s);
      if (parts) {
        split.set(s, parts);
        (aged ??= new Set()).add(parts[0].text);
      }
    }
  }
  if (!aged) return spans;
  const names = aged;
  return spans.flatMap((s) => split.get(s) ?? (s.type !== 'PER' && !s.fixed && names.has(s.text) ? [spanWith(s, { type: 'PER' })] : [s]));
}

/** "the 20-year-old Ka'loni Flynn of Fort Smith", tagged as one name: a person and her home. */
function agedWithHome(text: string, tokens: Token[], s: Span): Span[] | null {
  if (s.type === 'PER' || s.fixed || !ageBefore(text, s)) return null;
  let of = -1;
  for (let i = s.tokenStart + 1; i < s.tokenEnd - 1; i++) if (tokens[i].text === 'of') of = i;
  if (of < 0) return null;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (i !== of && !startsUpper(tokens[i].text)) return null;
  const part = (a: number, b: number, type: Span['type']): Span => newSpan(type, a, b, tokens[a].start, tokens[b - 1].end, text.slice(tokens[a].start, tokens[b - 1].end));
  return [part(s.tokenStart, of, 'PER'), part(of + 1, s.tokenEnd, 'LOC')];
}

/** The span, of capitalised words and not a known place or body, stands beside an age. */
function agedPerson(text: string, tokens: Token[], s: Span): boolean {
  if (s.type === 'PER' || s.fixed) return false;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (!startsUpper(tokens[i].text)) return false;
  if (knownPlace(s.text)) return false;
  if (GEO_HEAD.test(s.text) || ORG_HEAD.test(headOf(s.text))) return false;
  return ageAfter(text, s.end) || ageBefore(text, s);
}
