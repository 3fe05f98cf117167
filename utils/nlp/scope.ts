// Which parts of a text are the article. Extraction from a page gives blocks already; a plain
// text saved from a browser still carries the site's chrome (navigation, "Share",
// "Advertisement", "Most viewed", copyright footers), which must never yield an entity.
import { letterUnit, spaceUnit } from './chars';

export interface Range {
  start: number;
  end: number;
  /** The block's kind when the text came from a page ("caption", "paragraph", ...). */
  kind?: string;
}

const CHROME =
  /^(share|share this|advertisement|advert|adchoices|sponsored|skip to (main )?content|menu|search|subscribe|sign in|log in|sign up|newsletter|follow us|back to (the )?top|top|read more|more|related|see also|also worth reading|recommended|most (viewed|read|popular)|trending|comments?|print|email|copy link|next|previous|home|(video )?ad feedback)\b/i;
const FOOTER = /(©|\bcopyright\b|all rights reserved|terms of (use|service)|privacy policy|cookie|registration number|licen[cs]e for publishing|\bappears in print\b)/i;

/** Substrings every FOOTER match contains. */
const FOOTER_WORDS = ['©', 'copyright', 'all rights reserved', 'terms of', 'privacy policy', 'cookie', 'registration number', 'for publishing', 'appears in print'];
const LETTER = /\p{L}/u;

/** Whitespace-separated words with a letter in them, counted up to `limit`. */
function words(line: string, limit = Infinity): number {
  let n = 0;
  let inWord = false;
  let letter = false;
  for (let i = 0; i <= line.length; i++) {
    const c = i < line.length ? line.charCodeAt(i) : 32;
    const space = c === 32 || (c >= 9 && c <= 13) || (c > 127 && spaceUnit(c));
    if (space) {
      if (inWord && letter && ++n >= limit) return n;
      inWord = letter = false;
    } else {
      inWord = true;
      if (!letter) letter = c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : letterUnit(c) || (c >= 0xd800 && c <= 0xdbff && LETTER.test(line.slice(i, i + 2)));
    }
  }
  return n;
}

/** A line that reads as running prose: several words ending like a sentence. */
export function isProse(line: string): boolean {
  return words(line, 8) >= 8 && /[.!?"'”’)]\s*$/.test(line.trim());
}

/** `footers`: false when the whole text has no footer phrase, so no line needs the test. */
export function isChrome(line: string, footers = true): boolean {
  const t = line.trim();
  if (!t) return true;
  if (footers && FOOTER.test(t)) return true;
  return CHROME.test(t) && words(t, 5) <= 4;
}

/**
 * The article's lines in a plain text: from the headline (the first line of a few words, or
 * the first prose) to the end, stopping at the first run of site chrome after the last prose
 * paragraph ("Advertisement", "Most viewed", a copyright footer); chrome lines inside are
 * left out too. Short lines inside the article (scores, captions, credits) stay.
 */
export function textScope(text: string): Range[] {
  const texts = text.split('\n');
  const lines: Range[] = [];
  let pos = 0;
  for (const line of texts) {
    lines.push({ start: pos, end: pos + line.length });
    pos += line.length + 1;
  }
  // One pass of plain substring searches over the whole text decides whether any line can be
  // a footer; most texts have none, and the pattern per line is the costlier test.
  const lower = text.toLowerCase();
  const footers = FOOTER_WORDS.some((w) => lower.includes(w));
  const chrome = texts.map((l) => isChrome(l, footers));
  // The last prose line, found from the end: the lines before it need no prose test.
  let lastProse = texts.length - 1;
  while (lastProse >= 0 && (chrome[lastProse] || !isProse(texts[lastProse]))) lastProse--;
  let end = lines.length;
  for (let i = lastProse + 1; i < lines.length; i++) {
    if (chrome[i] && texts[i].trim()) {
      end = i;
      break;
    }
  }
  // Before the headline: navigation items of one to three words.
  // (The first line is the headline, always.)
  let start = texts.findIndex((l, i) => !chrome[i] && (words(l, 4) >= 4 || /^by\s/i.test(l)));
  if (start < 0) start = 0;
  const out: Range[] = [];
  if (start > 0 && !chrome[0]) out.push(lines[0]);
  for (let i = start; i < end; i++) if (!chrome[i]) out.push(lines[i]);
  return out;
}

export function inScope(scope: Range[], start: number, end: number): boolean {
  return rangeAt(scope, start, end) !== null;
}

/** The scope range holding [start, end), or null. */
export function rangeAt(scope: Range[], start: number, end: number): Range | null {
  // Binary search: scopes are sorted and disjoint.
  let lo = 0;
  let hi = scope.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = scope[mid];
    if (end <= r.start) hi = mid - 1;
    else if (start >= r.end) lo = mid + 1;
    else return start >= r.start && end <= r.end ? r : null;
  }
  return null;
}
