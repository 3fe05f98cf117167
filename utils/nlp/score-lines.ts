// Results lines ("Sale 31 Wasps 33", "Hajduk 2 Proleter ( Z ) 0"): two sides and their scores
// on a line of their own. In a report that lists such results, each side is a team, whatever
// the tagger made of a club called after a town, a people or an insect. Countries stay places
// (the country's name stands for its side, as it does everywhere else in the article), and a
// side the tagger read as a full personal name is left alone (a player's result).
import { newSpan, type Span } from './span';
import { tokenWith, type Token } from './tokenize';
import { countryOf } from './lexicon/places';
import { GIVEN_NAMES } from './lexicon/given-names';

// The second score may have the half-time score after it in brackets ("1 ( 0-0 )").
const LINE = /^(\p{Lu}[^\n\d]{0,40}?) \d{1,3} (\p{Lu}[^\n\d]{0,40}?) \d{1,3}( \( ?\d{1,2}-\d{1,2} ?\))?[ \t]*$/gmu;
const ONE_LINE = new RegExp(LINE.source, 'u');

interface ResultLine {
  index: number;
  0: string;
  1: string;
  2: string;
  /** The half-time score, if given: only sides of a team game have one. */
  3?: string;
}

/** LINE's matches. A result line ends in a digit or a bracket, which few lines of prose do, so
 * only those lines meet the pattern (a search of the whole text tried it at every line). Other line
 * breaks than \n, which the pattern's ^ and $ also see, take the whole-text search. */
function resultLines(text: string): ResultLine[] {
  if (/[\r\u2028\u2029]/.test(text)) return [...text.matchAll(LINE)].map((m) => ({ index: m.index!, 0: m[0], 1: m[1], 2: m[2], 3: m[3] }));
  const out: ResultLine[] = [];
  for (let a = 0; a < text.length; ) {
    let b = text.indexOf('\n', a);
    if (b < 0) b = text.length;
    let z = b - 1;
    while (z > a && (text.charCodeAt(z) === 32 || text.charCodeAt(z) === 9)) z--;
    const last = text.charCodeAt(z);
    if (z > a && ((last >= 48 && last <= 57) || last === 41)) {
      const m = ONE_LINE.exec(text.slice(a, b));
      if (m) out.push({ index: a, 0: m[0], 1: m[1], 2: m[2], 3: m[3] });
    }
    a = b + 1;
  }
  return out;
}

/** A side without the venue before it ("In Sofia : Levski Sofia") or its country after it in
 * brackets ("Olimpija ( Slovenia )"), which are places of their own; a club's own bracketed
 * letter stays ("Proleter ( Z )"). */
function narrow(text: string, start: number, end: number): { start: number; end: number } {
  const side = text.slice(start, end);
  const colon = side.lastIndexOf(' : ');
  if (colon >= 0) start += colon + 3;
  const bracket = /\s+\(\s*([^()]+?)\s*\)$/.exec(text.slice(start, end));
  if (bracket && bracket.index > 0 && countryOf(bracket[1])) end = start + bracket.index;
  return { start, end };
}

export function scoreLineTeams(text: string, tokens: Token[], spans: Span[]): Span[] {
  const lines = resultLines(text);
  if (lines.length < 2) return spans;
  const person = (side: { start: number; end: number }) =>
    spans.some((s) => s.start >= side.start && s.end <= side.end && s.type === 'PER' && s.tokenEnd - s.tokenStart >= 2 && GIVEN_NAMES.has(tokens[s.tokenStart].text.toLowerCase()));
  const sides: { start: number; end: number }[] = [];
  for (const m of lines) {
    const a = m.index;
    const b = a + m[0].indexOf(' ' + m[2] + ' ', m[1].length + 1) + 1;
    const pair = [narrow(text, a, a + m[1].length), narrow(text, b, b + m[2].length)];
    // A player on either side makes it a player's result, not a match of teams, unless the
    // line gives a half-time score ("Gloria Vesna ( Romania ) 2 Valletta ( Malta ) 1 ( 1-1 )").
    if (m[3] || !pair.some(person)) sides.push(...pair);
  }
  let out = spans;
  for (const side of sides) {
    const first = tokenWith(tokens, 'start', side.start);
    const last = tokenWith(tokens, 'end', side.end);
    if (first < 0 || last < first) continue;
    const name = text.slice(side.start, side.end);
    if (countryOf(name)) continue;
    const inside = out.filter((s) => s.start < side.end && side.start < s.end);
    if (inside.some((s) => s.start < side.start || s.end > side.end)) continue;
    const team: Span = newSpan('ORG', first, last + 1, side.start, side.end, name, true);
    out = [...out.filter((s) => !inside.includes(s)), team].sort((x, y) => x.start - y.start);
  }
  return out;
}
