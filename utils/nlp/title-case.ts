// Title Case says nothing: in a headline, or a line set in Title Case, the tagger's names are
// kept only where the rest of the article has them.
import { newSpan, type Span } from './span';
import type { Token } from './tokenize';
import { startsUpper, startsWithFourLetters, splitWords } from './chars';
import { FIRST_NAMES } from './lexicon/first-names';
import { norm } from './consistency';

const TITLE_SMALL_WORDS = new Set(['With', 'The', 'Of', 'And', 'For', 'To', 'In', 'On', 'At', 'After', 'From', 'Over', 'Is', 'Are', 'As', 'By', 'Into', 'Amid', 'Says', 'Will', 'Be', 'Its', 'Not', 'Than', 'Up']);
/** Whether `w` could be one of them (capital ASCII first, five letters at most): most words of
 * a text are ruled out before the set is asked. */
const maybeSmallWord = (w: string) => w.length <= 5 && w.charCodeAt(0) >= 65 && w.charCodeAt(0) <= 90;

/**
 * In a Title Case Line (headlines) capitals say nothing, so the tagger's guesses there are kept
 * only for names the rest of the article also tags.
 */
export function trustTitleCase(text: string, tokens: Token[], spans: Span[]): Span[] {
  const titleLine = new Set<number>();
  // First tokens of spans: a small word opening a name ("London ( The Oval )") is no sign of
  // Title Case (one inside a span may be the tagger running on through a headline). Marked
  // once, when a line first asks.
  let opening: Uint8Array | null = null;
  const opensName = () => {
    if (!opening) {
      opening = new Uint8Array(tokens.length);
      for (const s of spans) opening[s.tokenStart] = 1;
    }
    return opening;
  };
  // Lines whose words of four letters or more are nearly all capitalised.
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  for (let i = 0; i <= tokens.length; i++) {
    if (i > 0) while (nextBreak >= 0 && nextBreak < tokens[i - 1].end) nextBreak = text.indexOf('\n', nextBreak + 1);
    const newLine = i === tokens.length || (i > lineStart && nextBreak >= 0 && nextBreak < tokens[i].start);
    if (!newLine) continue;
    // Counted in one loop over the line (a paragraph is a line: no copies of its tokens).
    let words = 0;
    let caps = 0;
    let lower = false;
    // Title Case capitalises small words too ("Leaves Shareholders With Little Say"); a table
    // of names and scores does not.
    let smallCapital = false;
    for (let k = lineStart; k < i; k++) {
      const w = tokens[k].text;
      if (k > lineStart && !smallCapital && maybeSmallWord(w) && TITLE_SMALL_WORDS.has(w) && !opensName()[k]) smallCapital = true;
      if (!startsWithFourLetters(w)) continue;
      words++;
      if (startsUpper(w)) caps++;
      if (!lower && /\p{Ll}/u.test(w)) lower = true;
    }
    if (smallCapital && words >= 3 && caps / words >= 0.75 && lower) for (let k = lineStart; k < i; k++) titleLine.add(k);
    lineStart = i;
  }
  if (!titleLine.size) return spans;
  return keepKnown(text, tokens, spans, (s) => titleLine.has(s.tokenStart));
}

/**
 * Spans in Title Case (`titled`) stay where the rest of the article tags the same name or one
 * of its words; otherwise only the names the article knows inside them are kept.
 */
function keepKnown(text: string, tokens: Token[], spans: Span[], titled: (s: Span) => boolean): Span[] {
  const rest = spans.filter((s) => !titled(s));
  const known = new Set<string>();
  for (const s of rest) for (const w of [s.text, ...splitWords(s.text)]) known.add(norm(w));
  const names = namesOf(rest);
  return spans.flatMap((s) => (!titled(s) || known.has(norm(s.text)) ? [s] : knownParts(text, tokens, s, names)));
}

/**
 * The article's names with their types, and its people's surnames ("Ross" of "Gary Ross"). A
 * single word counts only when it is a surname or was tagged alone more than once: one stray
 * tag in the body ("in Queens" as a person) must not be copied into the headline.
 */
function namesOf(spans: Span[]): Map<string, Span['type']> {
  const names = new Map<string, Span['type']>();
  const alone = new Map<string, number>();
  for (const s of spans) {
    const key = norm(s.text);
    if (!s.text.includes(' ')) alone.set(key, (alone.get(key) ?? 0) + 1);
    else if (!names.has(key)) names.set(key, s.type);
  }
  for (const s of spans) {
    const key = norm(s.text);
    if (!names.has(key) && (alone.get(key) ?? 0) >= 2) names.set(key, s.type);
  }
  for (const s of spans) {
    if (s.type !== 'PER') continue;
    const last = s.text.slice(s.text.lastIndexOf(' ') + 1);
    if (last !== s.text && !names.has(norm(last))) names.set(norm(last), 'PER');
  }
  return names;
}

/**
 * The names the article knows inside a Title Case span the tagger ran on ("Gary Ross Will Not
 * Direct" holds "Gary Ross"; "Obama Reverses Bush" holds two), longest first, each with the
 * type the article gave it. A given name just before a known surname joins it ("Lindsay" of
 * "Lindsay Lohan", where the article says "Lohan").
 */
function knownParts(text: string, tokens: Token[], s: Span, known: Map<string, Span['type']>): Span[] {
  const parts: Span[] = [];
  const taken = new Uint8Array(s.tokenEnd - s.tokenStart);
  for (let len = s.tokenEnd - s.tokenStart - 1; len >= 1; len--) {
    for (let a = s.tokenStart; a + len <= s.tokenEnd; a++) {
      if (taken.subarray(a - s.tokenStart, a - s.tokenStart + len).some((x) => x)) continue;
      const first = tokens[a].text;
      const last = tokens[a + len - 1].text;
      // A part opens and closes on capitalised words, and is more than an initial ("D.").
      if (!startsUpper(first) || !startsUpper(last) || (len === 1 && !/^\p{Lu}\p{Ll}+$/u.test(first))) continue;
      const phrase = text.slice(tokens[a].start, tokens[a + len - 1].end);
      const type = known.get(norm(phrase));
      if (!type) continue;
      let start = a;
      if (type === 'PER' && a > s.tokenStart && !taken[a - 1 - s.tokenStart] && FIRST_NAMES.has(tokens[a - 1].text.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(tokens[a - 1].text)) start = a - 1;
      taken.fill(1, start - s.tokenStart, a + len - s.tokenStart);
      parts.push(newSpan(type, start, a + len, tokens[start].start, tokens[a + len - 1].end, text.slice(tokens[start].start, tokens[a + len - 1].end)));
    }
  }
  return parts.sort((x, y) => x.start - y.start);
}

/** Title Case: of three or more words of four letters, three in four capitalised, not all caps. */
function isTitleCase(line: string): boolean {
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 3 || !words.some((w) => /\p{Ll}/u.test(w))) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.75;
}

/**
 * Headings set in Title Case (the headline, subheads: "Tuft Cells Taste Danger") say nothing
 * with their capitals either: their names are kept only when the rest of the article has them.
 */
export function trustHeadings(text: string, tokens: Token[], spans: Span[], headings: { start: number; end: number }[]): Span[] {
  const titled = headings.filter((h) => isTitleCase(text.slice(h.start, h.end)));
  if (!titled.length) return spans;
  return keepKnown(text, tokens, spans, (s) => titled.some((h) => s.start >= h.start && s.end <= h.end));
}
