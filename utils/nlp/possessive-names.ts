// Names with a possessive in them: "Boatmen's Bancshares Inc.", "Moody's Investors Service
// Inc.". A name, "'s" and a registered company make one body; once the article has such a
// body, its "Boatmen's" elsewhere is the body's short form, "'s" and all ("Boatmen's was the
// plum of the Midwest"), not a possessive to strip.
import { spanWith, type Span } from './span';
import type { Token } from './tokenize';
import { LEGAL_FORM } from './name-facts';

const POSSESSIVE = /^['’]s$/;
// Banking company words that, like a legal form, end only a company's name.
const COMPANY_END = /^(Bancshares|Bancorp|Bancorporation)$/;

const OWN_POSSESSIVE = new Set(['Moody', 'McDonald', 'Sotheby', 'Christie', 'Lloyd', 'Macy', 'Kellogg', 'Sainsbury', 'Denny', 'Wendy', 'Dillard', 'Domino', 'Kohl', 'Applebee', 'Hardee', 'Harrod']);

const endsCompany = (tokens: Token[], s: Span) => LEGAL_FORM.test(tokens[s.tokenEnd - 1].text) || COMPANY_END.test(tokens[s.tokenEnd - 1].text);

export function possessiveNames(text: string, tokens: Token[], input: Span[]): Span[] {
  // Join "X" + "'s" + "Y Inc.".
  const spans: Span[] = [];
  for (let k = 0; k < input.length; k++) {
    const s = input[k];
    const next = input[k + 1];
    const poss = tokens[s.tokenEnd];
    // A person's full name owns the company instead ("Rupert Murdoch's News Corp").
    const fullPerson = s.type === 'PER' && s.tokenEnd - s.tokenStart >= 2;
    if (next && next.type === 'ORG' && s.type !== 'LOC' && !fullPerson && poss && POSSESSIVE.test(poss.text) && next.tokenStart === s.tokenEnd + 1 && endsCompany(tokens, next) && next.start - s.end <= 4) {
      spans.push(spanWith(s, { type: 'ORG', tokenEnd: next.tokenEnd, end: next.end, text: text.slice(s.start, next.end), ownPossessive: true }));
      k++;
      continue;
    }
    spans.push(s);
  }
  // The names before such possessives, as their words.
  const owners = new Set<string>();
  for (const s of spans) {
    // Only a registered company's: "Apple's App Store" is Apple's, not a name with "'s" in it.
    if (s.type !== 'ORG' || !endsCompany(tokens, s)) continue;
    for (let t = s.tokenStart + 1; t < s.tokenEnd - 1; t++) {
      if (POSSESSIVE.test(tokens[t].text)) owners.add(words(tokens, s.tokenStart, t));
    }
  }
  // Firms whose name has the possessive in it ("Moody's", "Sotheby's"): a body's, not a person's.
  for (const s of spans) if (s.type === 'ORG' && s.tokenEnd - s.tokenStart <= 2 && OWN_POSSESSIVE.has(tokens[s.tokenStart].text)) owners.add(tokens[s.tokenStart].text);
  if (!owners.size) return spans;
  for (const s of spans) {
    if (s.type === 'LOC') continue;
    // Tagged with its "'s" already.
    if (s.tokenEnd - s.tokenStart >= 2 && POSSESSIVE.test(tokens[s.tokenEnd - 1].text) && owners.has(words(tokens, s.tokenStart, s.tokenEnd - 1))) {
      s.type = 'ORG';
      s.ownPossessive = true;
      continue;
    }
    const poss = tokens[s.tokenEnd];
    if (!owners.has(words(tokens, s.tokenStart, s.tokenEnd))) continue;
    s.type = 'ORG';
    if (!poss || !POSSESSIVE.test(poss.text) || poss.start - s.end > 1) continue;
    s.tokenEnd++;
    s.end = poss.end;
    s.text = text.slice(s.start, s.end);
    s.ownPossessive = true;
  }
  return spans;
}

const words = (tokens: Token[], a: number, b: number) => tokens.slice(a, b).map((t) => t.text).join(' ');
