// Organisations: one entry per body. Acronyms join their expansions ("ICC" with
// "International Criminal Court", "UN Security Council" with "United Nations Security
// Council"), a capitalised last word joins its full name ("the Post"), and countries never
// count as organisations even when a tagger calls them so.
import type { Organisation, Mention } from '../analysis';
import { type Doc, isPossessive } from './doc';
import type { Span } from './tagger';
import { orgKey, initials, fold } from './identity';
import { countryOf } from './lexicon/places';
import { ORG_FORMS } from './lexicon/organisations';
import { LEGAL_FORM, ORG_HEAD } from './name-facts';

/** Known organisations' canonical names by folded surface form. */
const KNOWN_BY_FOLD = new Map<string, string>();
for (const canonical of new Set(ORG_FORMS.values())) if (/\p{Ll}/u.test(canonical)) KNOWN_BY_FOLD.set(fold(canonical), canonical);

interface Cluster {
  key: string;
  name: string;
  mentions: Mention[];
  /** The key's words and the name's initials, kept: every one-word mention asks for them. Set
   * to null when made (not added later), so that all clusters share one hidden class. */
  words: string[] | null;
  initials: string | null;
}

const LEADING = /^(the)\s+/i;

export function orgMention(doc: Doc, span: Span): Mention | null {
  let b = span.tokenEnd;
  while (!span.ownPossessive && b > span.tokenStart && isPossessive(doc.tokens[b - 1].text.toLowerCase())) b--;
  if (b <= span.tokenStart) return null;
  let start = doc.tokens[span.tokenStart].start;
  const end = doc.tokens[b - 1].end;
  let text = doc.text.slice(start, end);
  const lead = LEADING.exec(text);
  if (lead && text.length > lead[0].length + 1) {
    start += lead[0].length;
    text = text.slice(lead[0].length);
  }
  // A name has a capital, or opens with digits ("1010data").
  if (!/\p{Lu}|^\d+\p{L}/u.test(text)) return null;
  return { text, start, end };
}

const wordsOf = (s: string) => fold(s).split(' ').filter(Boolean);
/** How many words a name has, kept per name: sorting asks about each name many times. */
const wordCounter = () => {
  const counts = new Map<string, number>();
  return (s: string) => {
    let n = counts.get(s);
    if (n === undefined) counts.set(s, (n = wordsOf(s).length));
    return n;
  };
};

export function buildOrganisations(doc: Doc, spans: Span[]): Organisation[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const mentions = spans.map((s) => orgMention(doc, s)).filter((m): m is Mention => m !== null);
  // A team named for its city where it stands in a results row ("NEW YORK 74 59 .556").
  const teams = new Set(spans.filter((s) => s.fixed).map((s) => s.start));
  // Longest names first: short forms and acronyms then find what they stand for.
  const count = wordCounter();
  const order = [...mentions].sort((a, b) => count(b.text) - count(a.text));
  for (const m of order) {
    if ((countryOf(m.text) || countryOf(fold(m.text))) && !teams.has(m.start)) continue;
    const key = orgKey(m.text);
    if (!key) continue;
    // "Pettersen & Lomax" is "Pettersen & Lomax Co" without its legal form.
    const cut = m.text.lastIndexOf(' ');
    const stem = cut > 0 && LEGAL_FORM.test(m.text.slice(cut + 1)) ? orgKey(m.text.slice(0, cut)) : key;
    const ws = wordsOf(m.text);
    // "Houthi" and "Houthis": a one-word body's name with and without a plural "s".
    const plural = ws.length === 1 && /^\p{Lu}\p{Ll}/u.test(m.text) ? byKey.get(key + 's') ?? (key.endsWith('s') && key.length > 4 ? byKey.get(key.slice(0, -1)) : undefined) : undefined;
    let c = byKey.get(key) ?? byKey.get(stem) ?? plural;
    if (!c && ws.length === 1) {
      const w = ws[0];
      // "ICC" -> "International Criminal Court"; "Post" -> "The Washington Post".
      c = clusters.find((k) => {
        const kw = (k.words ??= k.key.split(' '));
        // "Pellman's" -> "Pellman's Bancshares Inc." (a name with its own "'s": possessive-names.ts).
        const ownPossessive = /['’]s$/.test(m.text) && kw[0] === w + "'s";
        return kw.length > 1 && ((k.initials ??= initials(k.name)) === w || ownPossessive || (/^\p{Lu}/u.test(m.text) && kw.at(-1) === w && !GENERIC_LAST.has(w)));
      });
    }
    if (!c && ws.length > 1) {
      // "Vessel Owners Association" cut from "Fishing Vessel Owners Association": the one
      // longer name in the article that ends with these words (when it is one only).
      const tail = ' ' + key;
      const longer = clusters.filter((k) => k.key.endsWith(tail));
      if (longer.length === 1) c = longer[0];
      // "House Judiciary" for "House Judiciary Committee": the name without its head word.
      const head = key + ' ';
      const headed = c ? [] : clusters.filter((k) => k.key.startsWith(head) && k.key.indexOf(' ', head.length) < 0 && ORG_HEAD.test(k.key));
      if (headed.length === 1) c = headed[0];
    }
    if (!c) {
      c = { key, name: m.text, mentions: [], words: null, initials: null };
      clusters.push(c);
    }
    byKey.set(key, c);
    if (stem && !byKey.has(stem)) byKey.set(stem, c);
    c.mentions.push(m);
    const longer = count(m.text) > count(c.name);
    // "Reuters" reads better than a credit line's "REUTERS" (acronyms like "NATO" stay).
    const betterCase = count(m.text) === count(c.name) && /\p{Ll}/u.test(m.text) && !/\p{Ll}/u.test(c.name) && c.name.length > 5;
    if (longer || betterCase) {
      c.name = m.text;
      c.initials = null;
    }
  }
  return clusters.map((c) => {
    const ms = c.mentions.sort((a, b) => a.start - b.start);
    // Only a credit line's "REUTERS" in the article: the known body's own spelling reads better.
    if (!/\p{Ll}/u.test(c.name)) {
      const known = KNOWN_BY_FOLD.get(fold(c.name));
      if (known && /\p{Ll}/u.test(known)) c.name = known;
    }
    // The fullest name is what a reader wants to see; an expansion the article never spells
    // out is left alone, so the name is always something the article says.
    return { name: c.name, key: orgKey(c.name), mentions: ms };
  });
}

// Last words too generic to stand for the organisation on their own ("Council", "Ministry").
const GENERIC_LAST = new Set([
  'council', 'ministry', 'department', 'committee', 'party', 'court', 'bank', 'agency', 'office', 'group',
  'university', 'institute', 'association', 'union', 'commission', 'assembly', 'army', 'force', 'forces',
  'corporation', 'company', 'inc', 'co', 'ltd', 'board', 'service', 'news', 'times',
]);
