// "Zenith's stock soared", "gave new hope to Zenith, which has struggled": a name the tagger
// took for a person, that the article never gives a first name or a title, and that stands
// where only a firm can (its shares, its profits, "which") is a firm. Persons are introduced in
// news by their full name or a title; firms often by their name alone.
import type { Span } from './tagger';
import type { Token } from './tokenize';
import { knownGivenName as given } from './name-facts';
import { HONORIFICS, PUBLIC_HEAD, PRIVATE_HEAD } from './lexicon/titles';

/** What a firm has and a person has not. */
const OWNED = new Set(['shares', 'stock', 'stocks', 'profit', 'profits', 'earnings', 'revenue', 'revenues', 'sales', 'unit', 'units', 'subsidiary', 'subsidiaries', 'shareholders', 'stockholders', 'plant', 'plants', 'factory', 'factories', 'products', 'stake', 'turnover', 'dividend']);
/** "shares in Zenith", "a stake in Zenith", "a unit of Zenith". */
const OWNER_BEFORE = /(?:^|\s)(?:shares|stake|holding|holdings|unit|units|subsidiary|takeover|acquisition)\s+(?:in|of)\s+$/;

export function firmsByContext(text: string, tokens: Token[], spans: Span[]): Span[] {
  // Names that stand somewhere as a firm's (few articles have one: the rest is skipped).
  let firms: Set<string> | null = null;
  for (const s of spans) if (s.type === 'PER' && s.tokenEnd - s.tokenStart <= 2 && cue(text, tokens, s) === 'firm') (firms ??= new Set()).add(s.text);
  if (!firms) return spans;
  // Words of the article's full names that open with a first name: people introduced as such.
  const introduced = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'PER' || s.tokenEnd - s.tokenStart < 2 || !given(tokens[s.tokenStart].text)) continue;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) introduced.add(tokens[k].text);
  }
  for (const name of firms) {
    const words = name.split(' ');
    if (given(words[0]) || words.some((w) => introduced.has(w)) || !/^\p{Lu}\p{Ll}/u.test(name)) firms.delete(name);
  }
  for (const s of spans) if (s.type === 'PER' && firms.has(s.text) && cue(text, tokens, s) === 'person') firms.delete(s.text);
  for (const s of spans) if (s.type === 'PER' && firms.has(s.text)) s.type = 'ORG';
  return spans;
}

/** Where the mention stands as a firm's name or a person's (one such place vetoes the firm). */
function cue(text: string, tokens: Token[], s: Span): 'firm' | 'person' | null {
  const next = tokens[s.tokenEnd]?.text ?? '';
  const after = tokens[s.tokenEnd + 1]?.text ?? '';
  const prev = tokens[s.tokenStart - 1]?.text ?? '';
  const lp = prev.toLowerCase();
  // A title or an honorific before it, "who" after it, his or her kin: a person.
  if (HONORIFICS.has(lp) || HONORIFICS.has(lp + '.') || PUBLIC_HEAD.has(lp) || PRIVATE_HEAD.has(lp)) return 'person';
  if (next === 'who' || (next === ',' && after === 'who')) return 'person';
  if (next === 'which' || (next === ',' && after === 'which')) return 'firm';
  if (OWNED.has(next.toLowerCase())) return 'firm';
  if (/^['’]s$/.test(next) && OWNED.has(after.toLowerCase())) return 'firm';
  if ((prev === 'in' || prev === 'of') && OWNER_BEFORE.test(text.slice(Math.max(0, s.start - 30), s.start))) return 'firm';
  return null;
}
