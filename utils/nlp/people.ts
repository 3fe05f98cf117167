// People: one entry per person in the article. Full names, surnames and given-name-first
// short forms ("Wang" for Wang Yi, "Obama" for Barack Obama) join one cluster; roles found at
// any mention are merged; bylined reporters are people but not officials.
import type { Person, Mention } from '../analysis';
import { type Doc, isPossessive, tokenAt } from './doc';
import type { Span } from './tagger';
import { personKey, displayCase } from './identity';
import { findRole, type RoleFinding } from './officials';
import { HONORIFICS, headKind } from './lexicon/titles';
import { GIVEN_NAMES } from './lexicon/given-names';
import { isProse } from './scope';
import { KIN } from './title-in-body';
import { ageAfter } from './ages';
import { resolveAffiliationOf, shareConjoinedAffiliation } from './affiliations';

interface Cluster {
  words: string[];
  name: string;
  mentions: Mention[];
  roles: RoleFinding[];
  lastPos: number;
}

/** The name part of a PER span: no honorifics or titles before it, no possessive after. */
/**
 * The name in a person span, titles and honorifics off. `surnames`: last words of full names in
 * the article, kept even when they are also titles ("King" after "Billie Jean King").
 */
export function nameMention(doc: Doc, span: Span, surnames?: Set<string>): Mention | null {
  let a = span.tokenStart;
  let b = span.tokenEnd;
  while (a < b && !(b - a === 1 && surnames?.has(doc.tokens[a].text.toLowerCase())) && (HONORIFICS.has(doc.tokens[a].text.toLowerCase()) || headKind(doc.tokens[a].text))) a++;
  // "Jackson County Prosecutor Jean Peters Baker", "Trump attorney Alina Habba" tagged as one:
  // the name starts after the title.
  for (let k = b - 3; k > a; k--) {
    if (!headKind(doc.tokens[k].text)) continue;
    if (doc.tokens.slice(k + 1, b).every((t) => /^\p{Lu}/u.test(t.text))) a = k + 1;
    break;
  }
  while (b > a && isPossessive(doc.tokens[b - 1].text.toLowerCase())) b--;
  if (a >= b) return null;
  const start = doc.tokens[a].start;
  const end = doc.tokens[b - 1].end;
  const text = doc.text.slice(start, end);
  if (!/\p{Lu}/u.test(text)) return null;
  return { text, start, end };
}

const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an)-(\p{L}{3,})$/u;
const nameWords = (s: string) => personKey(s).split(' ').filter(Boolean);

function roleScore(r: RoleFinding): number {
  return (r.kind === 'public' ? 4 : 0) + (r.affiliation ? 2 : 0) + (/counterpart/i.test(r.role) ? -3 : 0) + r.role.split(' ').length * 0.1;
}

export function buildPeople(doc: Doc, spans: Span[], bylines: string[], publisher: string | null): Person[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const pending: { m: Mention; words: string[]; first: number; last: number }[] = [];
  const surnames = new Set<string>();
  for (const span of spans) if (span.tokenEnd - span.tokenStart >= 2) surnames.add(doc.tokens[span.tokenEnd - 1].text.toLowerCase());
  for (const span of spans) {
    const m = nameMention(doc, span, surnames);
    if (!m) continue;
    const words = nameWords(m.text);
    if (!words.length) continue;
    pending.push({ m, words, first: tokenAt(doc, m.start), last: span.tokenEnd - 1 });
  }
  // Multi-word names first, so that surnames can find them wherever they appear.
  const add = (p: (typeof pending)[number], c: Cluster) => {
    c.mentions.push(p.m);
    c.lastPos = p.m.start;
    const role = findRole(doc, p.first, p.last);
    if (role) c.roles.push(role);
    if (p.words.length > c.words.length || (p.words.length === c.words.length && /\p{Ll}/u.test(p.m.text) && !/\p{Ll}/u.test(c.name))) {
      c.words = p.words;
      c.name = displayCase(p.m.text);
    }
  };
  // Longer names first, so that "Suu Kyi" finds "Aung San Suu Kyi" wherever it appears.
  const multi = pending.filter((p) => p.words.length >= 2).sort((a, b) => b.words.length - a.words.length);
  for (const p of multi) {
    const key = p.words.join(' ');
    // "George H.W. Bush" and "George Bush" are one person: same first and last word.
    const ends = p.words[0] + ' ' + p.words.at(-1);
    // "Abe Shinzo" and "Shinzo Abe": one name in either order (East Asian names often are).
    const turned = p.words.length === 2 ? p.words[1] + ' ' + p.words[0] : '';
    let c = byKey.get(key) ?? byKey.get(ends) ?? tailOf(clusters, p.words) ?? sameFamily(clusters, p.words) ?? byKey.get(turned);
    if (!c) {
      c = { words: p.words, name: displayCase(p.m.text), mentions: [], roles: [], lastPos: -1 };
      clusters.push(c);
    }
    byKey.set(key, c);
    byKey.set(ends, c);
    add(p, c);
  }
  const holdersOf = new Map<string, Cluster[]>();
  for (const k of clusters) {
    // "Khelaifi" and "Mr Obaidly" are "Nasser Al-Khelaifi" and "Yousef Al-Obaidly": the
    // Arabic article is often dropped from a surname standing alone.
    const family = k.words.at(-1)!;
    const bare = ARABIC_ARTICLE.exec(family)?.[1];
    for (const w of new Set([k.words[0], family, ...(bare ? [bare] : [])])) holdersOf.set(w, [...(holdersOf.get(w) ?? []), k]);
  }
  for (const p of pending) {
    if (p.words.length >= 2) continue;
    const w = p.words[0];
    // A surname, or a Chinese-order family name: the nearest earlier full name that holds it.
    const holders = holdersOf.get(w) ?? [];
    let c: Cluster | undefined = holders.filter((k) => k.mentions.some((m) => m.start < p.m.start)).sort((x, y) => lastBefore(y, p.m.start) - lastBefore(x, p.m.start))[0] ?? holders[0];
    if (!c) c = byKey.get(w);
    if (!c) {
      c = { words: [w], name: displayCase(p.m.text), mentions: [], roles: [], lastPos: -1 };
      clusters.push(c);
      byKey.set(w, c);
    }
    add(p, c);
  }
  const bylineKeys = new Set(bylines.map((b) => personKey(b)));
  // A given name alone ("Robert") that joined no full name is too thin to list.
  // One word, once, with no title, in running prose: news writing names a person in full, so
  // this is most often a company, a place or a brand ("Kroger", "Westlake"). In tables and
  // score lines, where surnames stand alone, it stays.
  // An honorific before it ("Mr Trump") says person, even once.
  const honoured = (m: Mention) => {
    const t = doc.tokens[tokenAt(doc, m.start) - 1];
    return !!t && HONORIFICS.has(t.text.toLowerCase());
  };
  // So does a kinship word before it ("her husband Todd", "his wife, Laci") or an age after it
  // ("Peterson, 32, was convicted"): then even a given name alone is the article's person.
  const kin = (m: Mention) => {
    let i = tokenAt(doc, m.start) - 1;
    if (doc.tokens[i]?.text === ',') i--;
    return !!doc.tokens[i] && KIN.test(doc.tokens[i].text.toLowerCase());
  };
  const named = (c: Cluster) => c.mentions.some((m) => kin(m) || ageAfter(doc.text, m.end));
  const lone = (c: Cluster) => c.words.length === 1 && c.mentions.length === 1 && !c.roles.length && !honoured(c.mentions[0]) && isProse(lineAt(doc.text, c.mentions[0].start)) && !named(c);
  const kept = clusters.filter((c) => (c.words.length > 1 || !GIVEN_NAMES.has(c.words[0]) || c.roles.length > 0 || named(c)) && !lone(c));
  clusters.length = 0;
  clusters.push(...kept);
  const people = clusters.map((c): Person => {
    c.mentions.sort((a, b) => a.start - b.start);
    const best = [...c.roles].sort((a, b) => roleScore(b) - roleScore(a))[0];
    let affiliation = best?.affiliation ?? c.roles.find((r) => r.affiliation)?.affiliation ?? null;
    // "Taliban's deputy leader": the owner is the affiliation, the rest the role.
    let role = best ? cleanRole(best.role) : null;
    const owner = affiliation?.match(/^(.+)['’]s$/)?.[1];
    if (owner && affiliation) {
      if (role?.startsWith(affiliation + ' ')) role = role.slice(affiliation.length + 1);
      affiliation = owner;
    }
    const key = personKey(c.name);
    const reporter = bylineKeys.has(key);
    if (reporter && !affiliation) affiliation = publisher;
    return {
      name: c.name,
      key,
      official: !reporter && best?.kind === 'public',
      role,
      affiliation,
      mentions: dedupe(c.mentions),
    };
  });
  resolveAffiliationOf(people, clusters.map((c) => c.roles.find((r) => r.affiliationOf)?.affiliationOf));
  shareConjoinedAffiliation(doc.text, people);
  return people;
}

// Short forms of given names that do not begin like the full one.
const NICKNAMES: Record<string, string> = {
  bill: 'william', billy: 'william', will: 'william', bob: 'robert', bobby: 'robert', jim: 'james', jimmy: 'james',
  mike: 'michael', tom: 'thomas', dick: 'richard', rick: 'richard', ted: 'edward', ned: 'edward', liz: 'elizabeth',
  beth: 'elizabeth', chuck: 'charles', tony: 'anthony', hank: 'henry', harry: 'henry', jack: 'john', sasha: 'alexander',
  larry: 'lawrence', peggy: 'margaret', betty: 'elizabeth', sandy: 'alexander',
};

/**
 * "Jerry Nadler" after "Jerrold Nadler", "Bill Burns" after "William Burns": the same family
 * name with a given name that is a short form of the other one's (the same first three letters,
 * or a known nickname). Only when one person in the article fits.
 */
function sameFamily(clusters: Cluster[], words: string[]): Cluster | undefined {
  if (words.length !== 2) return undefined;
  const [given, family] = words;
  const variant = (a: string, b: string) => a !== b && ((a.length >= 3 && b.length >= 3 && a.slice(0, 3) === b.slice(0, 3)) || NICKNAMES[a] === b || NICKNAMES[b] === a);
  const hits = clusters.filter((k) => k.words.length === 2 && k.words[1] === family && variant(k.words[0], given));
  return hits.length === 1 ? hits[0] : undefined;
}

/** The one longer name that ends with these words (of three or more: "Aung San Suu Kyi"). */
function tailOf(clusters: Cluster[], words: string[]): Cluster | undefined {
  const hits = clusters.filter((k) => k.words.length > words.length && k.words.length >= 3 && words.every((w, i) => k.words[k.words.length - words.length + i] === w));
  return hits.length === 1 ? hits[0] : undefined;
}

function lineAt(text: string, pos: number): string {
  const a = text.lastIndexOf('\n', pos) + 1;
  const b = text.indexOf('\n', pos);
  return text.slice(a, b < 0 ? text.length : b);
}

function lastBefore(c: Cluster, pos: number): number {
  let best = -1;
  for (const m of c.mentions) if (m.start < pos && m.start > best) best = m.start;
  return best;
}

function dedupe(ms: Mention[]): Mention[] {
  const seen = new Set<number>();
  return ms.filter((m) => (seen.has(m.start) ? false : (seen.add(m.start), true)));
}

function cleanRole(role: string): string {
  return role.replace(/\s+/g, ' ').replace(/^(the|a|an)\s+/i, '').trim();
}
