// Tokens and sentences for news text, with UTF-16 offsets into the original string. One pass
// with a sticky regular expression: words (hyphens, inner apostrophes and periods of
// abbreviations kept), possessive "'s" split off, numbers, and single punctuation marks.
import { asciiLetter } from './chars';

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
}

// Order matters: abbreviations with inner periods ("U.S.", "H.W."), titles and initials with
// their period ("Mr.", "P."), then words and numbers joined by hyphens, inner apostrophes,
// soft hyphens or (between digits) commas, colons and slashes ("34-year-old", "1996-08-30",
// "3,000"), a possessive, and single symbols. A period before a capitalised word ends a
// sentence that lost its space ("in Russia.Denis Sinyakov"), unlike "Snopes.com" or "U.S.". This follows CoNLL-2003's tokens, which the
// tagger was trained on.
const ABBREV_WORDS = 'Mr|Mrs|Ms|Dr|Prof|Sen|Sens|Rep|Reps|Gov|Gen|Col|Lt|Maj|Capt|Sgt|Adm|St|Jr|Sr|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mt|Ft|Rev|Fr|Hon|Amb|Pres|Gov|Supt|Cmdr|Messrs|vs|Univ';
const CLITIC = String.raw`['’](?:[sSdDmM]|ll|LL|re|RE|ve|VE)(?![\p{L}\p{N}])`;
const TOKEN = new RegExp(
  String.raw`(?:\p{L}\.){2,}|(?:${ABBREV_WORDS}|\p{Lu})\.(?![\p{L}\p{N}])|[\p{L}\p{N}][\p{L}\p{M}\p{N}\u00ad]*(?:(?:['’](?!(?:[sSdDmM]|ll|LL|re|RE|ve|VE)(?![\p{L}\p{N}]))|[-‐&](?=[\p{L}\p{N}])|\.(?!\p{Lu}\p{Ll})(?=[\p{L}\p{N}])|(?<=\p{N})[,:/](?=\p{N}))[\p{L}\p{M}\p{N}\u00ad]+)*%?|${CLITIC}|\.\d+|-{2,}|\.{3}|…|[^\s\p{L}\p{N}]`,
  'uy',
);
/** A list number at the start of a line ("1. Jan Ullrich"): the period stays with it. */
const LIST_NUMBER = /\d{1,2}\.(?=[ \t])/y;

const SENTENCE_FINAL_ABBREVIATIONS = new Set(['u.s.', 'u.k.', 'u.n.', 'e.u.', 'd.c.', 'a.m.', 'p.m.', 'inc.', 'corp.', 'co.', 'ltd.', 'jr.', 'sr.']);
// After such an abbreviation a capitalised word is usually part of a name ("U.S. Open"); only
// these words show that a new sentence began.
const STARTERS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'in', 'but', 'and', 'this', 'that', 'these', 'those', 'there', 'his', 'her', 'its', 'their', 'on', 'at', 'for', 'as', 'if', 'when', 'after', 'before', 'while', 'some', 'many', 'most', 'other', 'one', 'no', 'so', 'yet', 'however', 'meanwhile', 'also', 'mr.', 'mrs.', 'ms.', 'dr.']);
const SENTENCE_END = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', '”', "'", '’', ')', ']']);

// Characters after which a run of ASCII letters is a whole token whatever the pattern's other
// branches say: space, line breaks and punctuation that never joins a word.
const isPlainStop = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 44 || c === 59 || c === 41 || c === 34 || c === 63 || c === 33 || c === 58 || c === 93;

/**
 * Where a plain ASCII word starting at `i` ends, or -1 when the full pattern must decide (a
 * period, apostrophe, hyphen, digit or non-ASCII letter after it). Most tokens of English are
 * such words, and scanning them directly is several times cheaper than the sticky pattern.
 */
function plainWordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && asciiLetter(text.charCodeAt(j))) j++;
  if (j === i) return -1;
  if (j === text.length || isPlainStop(text.charCodeAt(j))) return j;
  return -1;
}

/** The token at `i` by the full pattern; `lineStart`: a list number may open the sentence. */
export function patternToken(text: string, i: number, lineStart: boolean): string {
  const c = text.charCodeAt(i);
  let m: RegExpExecArray | null = null;
  if (lineStart && c >= 48 && c <= 57) {
    LIST_NUMBER.lastIndex = i;
    m = LIST_NUMBER.exec(text);
  }
  if (!m) {
    TOKEN.lastIndex = i;
    m = TOKEN.exec(text);
  }
  return m ? m[0] : text[i];
}

export function tokenize(text: string): { tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentStart = 0;
  let endPending = false;
  let afterAbbrev = false;
  const close = (at: number) => {
    if (tokens.length > sentStart) {
      sentences.push({ start: tokens[sentStart].start, end: tokens[at - 1].end, tokenStart: sentStart, tokenEnd: at });
    }
    sentStart = at;
    endPending = false;
  };
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Whitespace; a line break ends a sentence when a blank line follows or the text is
    // line-per-sentence (headlines, bylines and captions have no final period).
    if (c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x200b) {
      i++;
      continue;
    }
    if (c === 10) {
      close(tokens.length);
      i++;
      continue;
    }
    let t: string;
    const plain = plainWordEnd(text, i);
    if (plain > 0) t = text.slice(i, plain);
    else t = patternToken(text, i, tokens.length === sentStart);
    const start = i;
    i += t.length || 1;
    if (endPending) {
      // A sentence ends after . ! ? (and closing quotes) when the next word is capitalised,
      // a quote, or a number.
      if (CLOSERS.has(t)) {
        tokens.push({ text: t, start, end: i });
        continue;
      }
      if (afterAbbrev ? STARTERS.has(t.toLowerCase()) : /^[\p{Lu}\p{N}"“‘(]/u.test(t)) close(tokens.length);
      else endPending = false;
    }
    tokens.push({ text: t, start, end: i });
    // A plain word (letters only) never ends a sentence: most tokens skip the two lookups.
    if (plain > 0) continue;
    if (SENTENCE_END.has(t) || t === '...' || t === '…') {
      endPending = true;
      afterAbbrev = false;
    } else if (t.length > 1 && t.endsWith('.') && SENTENCE_FINAL_ABBREVIATIONS.has(t.toLowerCase())) {
      // "U.S." or "Inc." may end a sentence, "Mr." and initials do not; decided by the next token.
      endPending = true;
      afterAbbrev = true;
    }
  }
  close(tokens.length);
  return { tokens, sentences };
}

/** The token whose `start` (or `end`) is exactly `offset`, or -1: tokens are in order. */
export function tokenWith(tokens: Token[], edge: 'start' | 'end', offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = tokens[mid][edge];
    if (at === offset) return mid;
    if (at < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
