// Words a span's first token leaves out that belong to the name: a given name before a
// person ("Ellen M. Banner"), the day before a paper ("The Sunday Telegraph"), the first word of
// a place's name ("New Orleans Saints"). Each only when no span already holds that word.
import type { Span } from './tagger';
import type { Token } from './tokenize';
import { GIVEN_NAMES } from './lexicon/given-names';
import { FIRST_NAMES } from './lexicon/first-names';
import { PLACE_LOWER } from './lexicon/cities';

const PAPER = /^(Times|Telegraph|Mirror|Express|Post|Herald|Independent|Observer|Sun|Star|Mail|Tribune|Chronicle|Journal|News|People|Age|Standard)$/;

// First words of places' names that a tagger leaves out at the start of a sentence.
const PLACE_OPENERS = new Set(['New', 'San', 'Santa', 'Los', 'Las', 'St.', 'Saint', 'Fort', 'Port', 'El', 'La', 'Le', 'Rio', 'Hong', 'Sri', 'Buenos', 'Abu', 'Tel', 'Cape', 'Kuala', 'Addis', 'Ho']);

/** Moves `s`'s start back one token where the word before belongs to its name; `out` holds the spans already kept. */
export function widenStart(text: string, tokens: Token[], s: Span, out: Span[]): void {
  const before = tokens[s.tokenStart - 1];
  // "Ellen M. Banner": a capitalised given name right before a person opens the name.
  if (s.type === 'PER' && before && /^\p{Lu}\p{Ll}+$/u.test(before.text) && (GIVEN_NAMES.has(before.text.toLowerCase()) || (/^\p{Lu}\.$/u.test(tokens[s.tokenStart].text) && FIRST_NAMES.has(before.text.toLowerCase()))) && text.slice(before.end, s.start) === ' ' && !out.some((o) => o.tokenEnd > s.tokenStart - 1)) {
    s.tokenStart--;
    s.start = before.start;
    s.text = text.slice(s.start, s.end);
  }
  // "The Sunday Telegraph", "the Sunday Times": the day is part of the paper's name.
  if (s.type === 'ORG' && before && (before.text === 'Sunday' || before.text === 'Saturday') && PAPER.test(tokens[s.tokenStart].text) && text.slice(before.end, s.start) === ' ' && !out.some((o) => o.tokenEnd > s.tokenStart - 1)) {
    s.tokenStart--;
    s.start = before.start;
    s.text = text.slice(s.start, s.end);
  }
  // "New Orleans Saints" at the start of a sentence, tagged without its "New": the first word
  // of a place's name belongs to it.
  if (before && PLACE_OPENERS.has(before.text) && text.slice(before.end, s.start) === ' ' && !out.some((o) => o.tokenEnd > s.tokenStart - 1)) {
    for (let k = s.tokenStart + 1; k <= s.tokenEnd; k++) {
      if (!PLACE_LOWER.has(text.slice(before.start, tokens[k - 1].end).toLowerCase())) continue;
      s.tokenStart--;
      s.start = before.start;
      s.text = text.slice(s.start, s.end);
      break;
    }
  }
}
