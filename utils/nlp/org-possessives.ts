// Where one span holds two names, an owner and what it owns or attributes ("Lakeside
// University's Center on ...", "a Trump Supreme Court nomination"), and where a possessive is
// part of a body's name ("Sam's Club").
import { spanWith, type Span } from './span';
import type { Token } from './tokenize';
import { splitWords } from './chars';
import { knownPlace } from './lexicon/cities';
import { ORG_HEAD, headOf, givenNameFirst } from './name-facts';
import { ORG_FORMS } from './lexicon/organisations';
import { REMIT_HEAD, sameLine } from './org-names';

/**
 * "Lakeside University's Center on ...": an organisation, a possessive and a capitalised name
 * are two names, the owner and the owned, not one.
 */
export function splitPossessives(text: string, tokens: Token[], spans: Span[]): Span[] {
  const out: Span[] = [];
  // Words of the people the text names ("Ford" of "John M. Ford"), built only when needed.
  let people: Set<string> | null = null;
  const person = (w: string) => (people ??= new Set(spans.filter((x) => x.type === 'PER').flatMap((x) => splitWords(x.text)))).has(w);
  for (const s of spans) {
    let k = s.tokenStart + 1;
    while (k < s.tokenEnd - 1 && !/^['’]s$/.test(tokens[k].text)) k++;
    if (k >= s.tokenEnd - 1 || !/^\p{Lu}/u.test(tokens[k + 1].text)) {
      out.push(s);
      continue;
    }
    const left = tokens.slice(s.tokenStart, k).map((t) => t.text).join(' ');
    // "Ford’s Wikipedia page" tagged as one body: a person of the article owns the rest.
    const right = tokens.slice(k + 1, s.tokenEnd).map((t) => t.text).join(' ');
    // "the Tribune's Europe editor": a body's desk for a place, not a body of that name.
    const desk = s.type === 'ORG' && knownPlace(right);
    const owner = ORG_HEAD.test(headOf(left)) || ORG_FORMS.has(left) || desk ? 'ORG' : s.type === 'ORG' && k === s.tokenStart + 1 && person(left) ? 'PER' : null;
    if (!owner) {
      out.push(s);
      continue;
    }
    out.push(spanWith(s, { type: owner, tokenEnd: k, end: tokens[k - 1].end, text: text.slice(s.start, tokens[k - 1].end) }));
    // "the BBC's Emily Maitlis": a given name opens a person's name.
    const type = desk ? 'LOC' : givenNameFirst(tokens, k + 1, s.tokenEnd, right) ? 'PER' : REMIT_HEAD.test(headOf(right)) || ORG_HEAD.test(headOf(right)) ? 'ORG' : s.type;
    out.push(spanWith(s, { type, tokenStart: k + 1, start: tokens[k + 1].start, text: text.slice(tokens[k + 1].start, s.end) }));
  }
  return out;
}

/**
 * "a Trump Supreme Court nomination": a person of the article's surname before a body the
 * article (or the gazetteer) names alone is an attribute, not part of the body's name.
 * "Trump Organization" or "Ford Foundation", whose rest is no body of its own, stay whole.
 */
export function splitPersonBefore(text: string, tokens: Token[], spans: Span[]): Span[] {
  let people: Set<string> | null = null;
  let orgs: Set<string> | null = null;
  const out: Span[] = [];
  for (const s of spans) {
    if (s.type !== 'ORG' || s.tokenEnd - s.tokenStart < 3 || !/^\p{Lu}\p{Ll}+$/u.test(tokens[s.tokenStart].text)) {
      out.push(s);
      continue;
    }
    people ??= new Set(spans.filter((x) => x.type === 'PER').map((x) => splitWords(x.text).at(-1)!));
    orgs ??= new Set(spans.filter((x) => x.type === 'ORG').map((x) => x.text));
    const rest = text.slice(tokens[s.tokenStart + 1].start, s.end);
    if (!people.has(tokens[s.tokenStart].text) || !(orgs.has(rest) || ORG_FORMS.has(rest))) {
      out.push(s);
      continue;
    }
    const first = tokens[s.tokenStart];
    out.push(spanWith(s, { type: 'PER', tokenEnd: s.tokenStart + 1, end: first.end, text: first.text }));
    out.push(spanWith(s, { tokenStart: s.tokenStart + 1, start: tokens[s.tokenStart + 1].start, text: rest }));
  }
  return out;
}

/** "Sam's Club", "Macy's Inc": a name, a possessive and an organisation word make one body. */
export function possessiveOrgs(text: string, tokens: Token[], spans: Span[]): Span[] {
  for (const s of spans) {
    if (s.type !== 'PER' && s.type !== 'ORG') continue;
    const poss = tokens[s.tokenEnd];
    const head = tokens[s.tokenEnd + 1];
    if (!poss || !head || !/^['’]s$/.test(poss.text) || poss.start !== tokens[s.tokenEnd - 1].end) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(head.text) || !ORG_WORD.test(head.text) || !sameLine(text, tokens, s.tokenEnd + 1)) continue;
    if (spans.some((o) => o !== s && o.tokenStart <= s.tokenEnd + 1 && o.tokenEnd > s.tokenEnd)) continue;
    s.type = 'ORG';
    s.tokenEnd += 2;
    s.end = head.end;
    s.text = text.slice(s.start, s.end);
  }
  return spans;
}

const ORG_WORD = /^(club|market|bank|store|stores|restaurant|restaurants|inc|co|corp|company|group|foods)$/i;
