// Organisation names the tagger cuts short, mended from how such names are built:
// - a body named for its remit continues after "on" or "for" ("Center on Poverty and
//   Inequality", "Council on Foreign Relations", "Institute for Fiscal Studies");
// - a capitalised word right before the name, inside a sentence, belongs to it ("Fishing
//   Vessel Owners Association", "Whole Foods Market") unless it is a title, a place or a
//   people ("Minister", "Seattle", "Alaskan").
import { newSpan, type Span } from './span';
import type { Token } from './tokenize';
import { DEMONYMS, countryOf } from './lexicon/places';
import { PLACE_LOWER } from './lexicon/cities';
import { PEOPLES } from './lexicon/peoples';
import { PUBLIC_HEAD, PRIVATE_HEAD, HONORIFICS } from './lexicon/titles';
import { ORG_HEAD, GEO_HEAD } from './name-facts';
import { ORG_FORMS } from './lexicon/organisations';

export const REMIT_HEAD = /^(cent(er|re)|council|committee|commission|institute|foundation|fund|office|department|ministry|agency|bureau|association|society|coalition|alliance|campaign|initiative|network|school|college|academy|league|union|movement|project|program|programme|partnership|board)$/i;
const JOINERS = new Set(['and', '&', 'of', 'the', 'to']);
export const CALENDAR = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$|^(mon|tues|wednes|thurs|fri|satur|sun)day$/i;
const MAX_EXTRA = 6;

export const capitalised = (t: Token) => /^\p{Lu}/u.test(t.text) && !CALENDAR.test(t.text);

/** A place, said of what follows "on" after a body ("on Capitol Hill"). */
const place = (x: Span) => x.type === 'LOC' && (!!countryOf(x.text) || PLACE_LOWER.has(x.text.toLowerCase()) || GEO_HEAD.test(x.text));
/** A body by its own head word ("Senate", "Facebook", "Rules Committee"); capitalised words
 * without one are the remit ("Committee on Intelligence and Security"). */
const body = (x: Span) => x.type === 'ORG' && (x.tokenEnd - x.tokenStart === 1 || ORG_HEAD.test(x.text) || ORG_FORMS.has(x.text));

export function extendOrgNames(text: string, tokens: Token[], input: Span[]): Span[] {
  const spans = withRemitHeads(text, tokens, input);
  const owner = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, k) => owner.fill(k, s.tokenStart, s.tokenEnd));
  const gone = new Set<number>();
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (gone.has(k)) continue;
    // Right: "<head> on|for <Capitalised words>" (the head alone may have been tagged anything).
    const link = tokens[s.tokenEnd];
    const remit = REMIT_HEAD.test(tokens[s.tokenEnd - 1].text) && (s.type === 'ORG' || s.tokenEnd - s.tokenStart === 1);
    // "the Senate Homeland Security Committee on Capitol Hill": "on" a place or a body of its
    // own says where, not what; a remit is a topic ("Center on Poverty"), and "for" may name a
    // place ("Economic Commission for Africa").
    const after = owner[s.tokenEnd + 1];
    // ("on Capitol Hill", tagged a body, is where the committee sits.)
    const where = link?.text === 'on' && after >= 0 && (place(spans[after]) || body(spans[after]) || /\sHills?$/.test(spans[after].text));
    if (remit && link && (link.text === 'on' || link.text === 'for') && !where && sameLine(text, tokens, s.tokenEnd)) {
      // "Committee for a Responsible Federal Budget": an article may open the remit ...
      // ... and so may "the": "International Centre for the Study of Radicalisation".
      let end = s.tokenEnd + 1 + ((link.text === 'for' && /^an?$/.test(tokens[s.tokenEnd + 1]?.text ?? '')) || tokens[s.tokenEnd + 1]?.text === 'the' ? 1 : 0);
      const first = end;
      let last = -1;
      while (end < tokens.length && end - s.tokenEnd <= MAX_EXTRA && sameLine(text, tokens, end)) {
        // A second head after "and" is a second body ("the Center for Reproductive Rights and
        // the Mississippi Center for Justice").
        if (REMIT_HEAD.test(tokens[end].text) && tokens.slice(first, end).some((t) => t.text === 'and' || t.text === '&')) {
          while (last >= first && !capitalised(tokens[last])) last--;
          let cut = end - 1;
          while (cut >= first && tokens[cut].text !== 'and' && tokens[cut].text !== '&') cut--;
          last = cut - 1;
          break;
        }
        if (capitalised(tokens[end])) last = end;
        else if (!(JOINERS.has(tokens[end].text.toLowerCase()) && last >= 0)) break;
        end++;
      }
      while (last >= first && !capitalised(tokens[last])) last--;
      if (last < first) last = -1;
      if (last >= 0 && ownedWithin(owner, first, last + 1, spans)) {
        for (let t = first; t <= last; t++) if (owner[t] >= 0) gone.add(owner[t]);
        s.tokenEnd = last + 1;
        s.type = 'ORG';
      }
    }
    if (s.type !== 'ORG') continue;
    // Left: capitalised words inside the sentence that no other span holds.
    let start = s.tokenStart;
    while (start > 0 && s.tokenStart - start < 2 && owner[start - 1] < 0 && joinsLeft(text, tokens, start - 1)) start--;
    // "Housing and Urban Development Department": a remit in two parts joined by "and".
    if (start >= 2 && tokens[start - 1].text === 'and' && owner[start - 2] < 0 && REMIT_HEAD.test(tokens[s.tokenEnd - 1].text) && sameLine(text, tokens, start) && joinsLeft(text, tokens, start - 2)) start -= 2;
    // "Russian Security Council": a demonym right before the mended name opens it, as it
    // does an unmended one (postprocess.ts).
    if (start < s.tokenStart && start > 0 && DEMONYMS.has(tokens[start - 1].text.toLowerCase()) && sameLine(text, tokens, start)) {
      const o = owner[start - 1];
      if (o < 0 || (spans[o].tokenEnd - spans[o].tokenStart === 1 && spans[o].type === 'MISC')) {
        if (o >= 0) gone.add(o);
        start--;
      }
    }
    s.tokenStart = start;
    s.start = tokens[s.tokenStart].start;
    s.end = tokens[s.tokenEnd - 1].end;
    s.text = text.slice(s.start, s.end);
  }
  // A head the tagger left untagged stays a name only if its remit was found.
  const tagged = new Set(input);
  return spans.filter((s, k) => !gone.has(k) && !(s.tokenEnd - s.tokenStart === 1 && !tagged.has(s)));
}

/** Untagged remit heads inside a sentence, followed by "on" or "for", as one-word spans. */
function withRemitHeads(text: string, tokens: Token[], spans: Span[]): Span[] {
  let added: Span[] | null = null;
  let k = 0;
  for (let i = 1; i + 2 < tokens.length; i++) {
    while (k < spans.length && spans[k].tokenEnd <= i) k++;
    if (k < spans.length && spans[k].tokenStart <= i) continue;
    const t = tokens[i];
    const next = tokens[i + 1].text;
    if ((next !== 'on' && next !== 'for') || !/^\p{Lu}\p{Ll}/u.test(t.text) || !REMIT_HEAD.test(t.text)) continue;
    // Inside a sentence: after a lower-case word, a possessive or "The".
    // ... then the remit, perhaps after an article ("Society for the Prevention of ...").
    const remitAt = /^(the|a|an)$/.test(tokens[i + 2].text) && i + 3 < tokens.length ? i + 3 : i + 2;
    if (!sameLine(text, tokens, i) || !/^\p{Ll}|^['’]s$|^The$/u.test(tokens[i - 1].text) || !capitalised(tokens[remitAt])) continue;
    (added ??= []).push(newSpan('ORG', i, i + 1, t.start, t.end, t.text));
  }
  return added ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

/** Tokens i and i-1 are on one line, a single space apart. */
export function sameLine(text: string, tokens: Token[], i: number): boolean {
  return i > 0 && text.slice(tokens[i - 1].end, tokens[i].start) === ' ';
}

/** Every span over [a, b) lies wholly inside it, so absorbing them loses nothing. */
export function ownedWithin(owner: Int32Array, a: number, b: number, spans: Span[]): boolean {
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
  // A demonym before it counts as well ("Russian Security Council").
  if (i === 0 || !sameLine(text, tokens, i) || !(/^\p{Ll}|-\p{Ll}+$/u.test(tokens[i - 1].text) || DEMONYMS.has(tokens[i - 1].text.toLowerCase()))) return false;
  if (lw === 'the' || lw === 'a' || lw === 'an') return false;
  if (PUBLIC_HEAD.has(lw) || PRIVATE_HEAD.has(lw) || HONORIFICS.has(lw) || HONORIFICS.has(lw + '.')) return false;
  if (DEMONYMS.has(lw) || PEOPLES.has(lw) || countryOf(lw) || PLACE_LOWER.has(lw)) return false;
  return true;
}
