// What a span's own words say it is, whatever the tagger called it (called from kinds.ts,
// in its place among the other rules there):
// - a title, or a word of one, before a name is no body ("Economist Joel Naroff", "Agriculture
//   Secretary Dan Glickman", "Democrat Walter Mondale");
// - a name never ends in a title that is never a surname ("Chief Strategy Officer" read as a
//   person "Strategy Officer"; "King", "Major" and "Bishop" are surnames too);
// - a company's name opening a "person" makes the company's product ("Nissan Sentra");
// - a middle initial between names is how people are written ("Morris W. Travers").
import type { Span } from './tagger';
import type { Token } from './tokenize';
import { ORG_FORMS } from './lexicon/organisations';
import { BUSINESS_FORMS } from './lexicon/companies';
import { GIVEN_NAMES } from './lexicon/given-names';
import { ROLE_MODIFIER, headKind } from './lexicon/titles';
import { BODY_HEAD } from './name-context';
import { ORG_HEAD, GEO_HEAD } from './name-facts';

const TITLE_END = /^(Officer|Director|Secretary|Minister|President|Chairman|Chairwoman|Chairperson|Commissioner|Spokesman|Spokeswoman|Spokesperson|Ambassador|Senator|Administrator|Superintendent|Treasurer|Correspondent|Editor)$/;
const PARTY_MEMBER = /^(Democrat|Republican|Tory|Labourite|Socialist|Communist)$/;

/** A capitalised word of a title. */
const isTitle = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text) && headKind(t.text) !== null;

export function retypeByNameShape(tokens: Token[], s: Span): void {
  // "Economist Joel Naroff", "Agriculture Secretary Dan Glickman", "Democrat Walter Mondale":
  // a title, or a word of one, before a name is no body.
  if (s.type === 'ORG' && s.tokenEnd - s.tokenStart === 1 && !ORG_FORMS.has(s.text) && /^\p{Lu}\p{Ll}+$/u.test(s.text)) {
    const next = tokens[s.tokenEnd];
    const w = s.text.toLowerCase();
    // ("Health and Social Care Secretary": the title's first part, joined by "and".)
    let k = s.tokenEnd + 1;
    if (next?.text === 'and') while (k < s.tokenEnd + 4 && k < tokens.length && /^\p{Lu}/u.test(tokens[k].text) && !isTitle(tokens[k])) k++;
    const nextTitle = isTitle(next) || (next?.text === 'and' && k > s.tokenEnd + 1 && isTitle(tokens[k]));
    const nameNext = !!next && /^\p{Lu}\p{Ll}/u.test(next.text) && headKind(next.text) === null;
    if ((ROLE_MODIFIER.has(w) && nextTitle) || ((headKind(w) !== null || PARTY_MEMBER.test(s.text)) && nameNext)) s.type = 'MISC';
  }
  // "Chief Strategy Officer" tagged as a person "Strategy Officer": a name never ends in a
  // title that is never a surname (unlike "King", "Major" or "Bishop").
  if (s.type === 'PER' && s.tokenEnd - s.tokenStart >= 2 && TITLE_END.test(tokens[s.tokenEnd - 1].text)) s.type = 'MISC';
  // "Nissan Sentra", "Facebook Messenger" tagged as a person: a company's name opening it makes
  // it the company's product (a person's name never opens with a company's).
  if (s.type === 'PER' && s.tokenEnd - s.tokenStart >= 2 && BUSINESS_FORMS.has(tokens[s.tokenStart].text) && !GIVEN_NAMES.has(tokens[s.tokenStart].text.toLowerCase())) s.type = 'MISC';
  // "Morris W. Travers": a middle initial between names is how people are written, not bodies.
  if (s.type === 'ORG' && s.tokenEnd - s.tokenStart >= 3 && s.tokenEnd - s.tokenStart <= 4) {
    const w = tokens.slice(s.tokenStart, s.tokenEnd).map((x) => x.text);
    const last = w[w.length - 1];
    if (/^\p{Lu}\.$/u.test(w[w.length - 2]) && w.every((x, k) => k === w.length - 2 || /^\p{Lu}\p{Ll}+$/u.test(x)) && !ORG_HEAD.test(last) && !BODY_HEAD.test(last) && !GEO_HEAD.test(last) && !ORG_FORMS.has(s.text)) s.type = 'PER';
  }
}
