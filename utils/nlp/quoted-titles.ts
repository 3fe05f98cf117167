// Titles of works in quotation marks ("“You Loved Me Like a Distant Star”", "“Deterministic
// Nonperiodic Flow”", "“Super Mario Run”"): written in Title Case, they look like names to a
// tagger, which finds people and bodies in them. A name inside such a quotation is part of the
// title. A body that is the whole of a short quotation ("‘Mukto Mona’, a website") is kept.
import type { Span } from './tagger';
import { ORG_FORMS } from './lexicon/organisations';
import { ORG_HEAD } from './name-facts';

const CLOSE: Record<string, string> = { '“': '”', '‘': '’', '"': '"' };
const SMALL = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'to', 'and', 'or', 'for', 'at', 'by', 'as', 'with', 'from', 'into', 'is', 'be', 'vs']);
// “ ” ‘ ’ "
const isQuote = (c: number) => c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 34;
const MAX_WORDS = 12;
const REACH = 120;

export function dropQuotedTitles(text: string, spans: Span[]): Span[] {
  if (text.indexOf('“') < 0 && text.indexOf('"') < 0 && text.indexOf('‘') < 0) return spans;
  return spans.filter((s) => (s.type !== 'PER' && s.type !== 'ORG') || !inTitle(text, s));
}

function inTitle(text: string, s: Span): boolean {
  // The nearest quotation mark on each side, of any kind: an opening one before, its closing
  // one after (an apostrophe in between, as in "Lorenz’s", leaves the span alone).
  // (Character codes, not one-letter strings: this looks at every name of most articles.)
  let a = s.start - 1;
  while (a >= 0 && s.start - a < REACH && text.charCodeAt(a) !== 10 && !isQuote(text.charCodeAt(a))) a--;
  if (a < 0 || !isQuote(text.charCodeAt(a))) return false;
  const open = text[a];
  if (!(open in CLOSE) || (a > 0 && /[\p{L}\p{N}]/u.test(text[a - 1]))) return false;
  const close = CLOSE[open];
  let b = s.end;
  while (b < text.length && b - s.end < REACH && text.charCodeAt(b) !== 10 && !isQuote(text.charCodeAt(b))) b++;
  if (text[b] !== close || /[\p{L}\p{N}]/u.test(text[b + 1] ?? ' ')) return false;
  const inner = text.slice(a + 1, b).replace(/[,.!?;:]+$/, '').trim();
  const words = inner.split(/\s+/);
  if (words.length < 2 || words.length > MAX_WORDS) return false;
  if (!words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || SMALL.has(w))) return false;
  if (s.type === 'PER') return true;
  // A body the whole of a short quotation, or known as a body, is one.
  if (ORG_FORMS.has(s.text) || ORG_HEAD.test(s.text)) return false;
  return words.length >= 3 || s.text.length < inner.length;
}
