// Organisation names the tagger cuts short, mended from how such names are built:
// - a body named for its remit continues after "on" or "for" ("Center on Poverty and
//   Inequality", "Council on Foreign Relations", "Institute for Fiscal Studies");
// - a capitalised word right before the name, inside a sentence, belongs to it ("Fishing
//   Vessel Owners Association", "Whole Foods Market") unless it is a title, a place or a
//   people ("Minister", "Seattle", "Alaskan").
import type { Span } from './tagger';
import type { Token } from './tokenize';
import { DEMONYMS, countryOf } from './lexicon/places';
import { PLACE_LOWER } from './lexicon/cities';
import { PEOPLES } from './lexicon/peoples';
import { PUBLIC_HEAD, PRIVATE_HEAD, HONORIFICS } from './lexicon/titles';

const REMIT_HEAD = /^(cent(er|re)|council|committee|commission|institute|foundation|fund|office|department|ministry|agency|bureau|association|society|coalition|alliance|campaign|initiative|network|school|college|academy|league|union|movement|project|program|programme|partnership|board)$/i;
const JOINERS = new Set(['and', '&', 'of', 'the']);
const CALENDAR = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$|^(mon|tues|wednes|thurs|fri|satur|sun)day$/i;
const MAX_EXTRA = 6;

const capitalised = (t: Token) => /^\p{Lu}/u.test(t.text) && !CALENDAR.test(t.text);

export function extendOrgNames(text: string, tokens: Token[], spans: Span[]): Span[] {
  const owner = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, k) => owner.fill(k, s.tokenStart, s.tokenEnd));
  const gone = new Set<number>();
  spans.forEach((s, k) => {
    if (gone.has(k)) return;
    // Right: "<head> on|for <Capitalised words>" (the head alone may have been tagged anything).
    const link = tokens[s.tokenEnd];
    const remit = REMIT_HEAD.test(tokens[s.tokenEnd - 1].text) && (s.type === 'ORG' || s.tokenEnd - s.tokenStart === 1);
    if (remit && link && (link.text === 'on' || link.text === 'for') && sameLine(text, tokens, s.tokenEnd)) {
      let end = s.tokenEnd + 1;
      let last = -1;
      while (end < tokens.length && end - s.tokenEnd <= MAX_EXTRA && sameLine(text, tokens, end)) {
        if (capitalised(tokens[end])) last = end;
        else if (!(JOINERS.has(tokens[end].text.toLowerCase()) && last >= 0)) break;
        end++;
      }
      if (last >= 0 && ownedWithin(owner, s.tokenEnd + 1, last + 1, spans)) {
        for (let t = s.tokenEnd + 1; t <= last; t++) if (owner[t] >= 0) gone.add(owner[t]);
        s.tokenEnd = last + 1;
        s.type = 'ORG';
      }
    }
    if (s.type !== 'ORG') return;
    // Left: capitalised words inside the sentence that no other span holds.
    let start = s.tokenStart;
    while (start > 0 && s.tokenStart - start < 2 && owner[start - 1] < 0 && joinsLeft(text, tokens, start - 1)) start--;
    s.tokenStart = start;
    s.start = tokens[s.tokenStart].start;
    s.end = tokens[s.tokenEnd - 1].end;
    s.text = text.slice(s.start, s.end);
  });
  return gone.size ? spans.filter((_, k) => !gone.has(k)) : spans;
}

/** Tokens i and i-1 are on one line, a single space apart. */
function sameLine(text: string, tokens: Token[], i: number): boolean {
  return i > 0 && text.slice(tokens[i - 1].end, tokens[i].start) === ' ';
}

/** Every span over [a, b) lies wholly inside it, so absorbing them loses nothing. */
function ownedWithin(owner: Int32Array, a: number, b: number, spans: Span[]): boolean {
  for (let t = a; t < b; t++) {
    const o = owner[t];
    if (o >= 0 && (spans[o].tokenStart < a || spans[o].tokenEnd > b)) return false;
  }
  return true;
}

function joinsLeft(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const lw = t.text.toLowerCase();
  if (!capitalised(t) || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !sameLine(text, tokens, i + 1)) return false;
  // The first word of a sentence is capitalised whatever it is, and so is every word of a
  // headline: the word before must be a lower-case one ("the Fishing Vessel...")
  // ("Amazon-owned Whole Foods Market" counts: the word before ends in a lower-case part.)
  if (i === 0 || !sameLine(text, tokens, i) || !/^\p{Ll}|-\p{Ll}+$/u.test(tokens[i - 1].text)) return false;
  if (lw === 'the' || lw === 'a' || lw === 'an') return false;
  if (PUBLIC_HEAD.has(lw) || PRIVATE_HEAD.has(lw) || HONORIFICS.has(lw) || HONORIFICS.has(lw + '.')) return false;
  if (DEMONYMS.has(lw) || PEOPLES.has(lw) || countryOf(lw) || PLACE_LOWER.has(lw)) return false;
  return true;
}
