// What the library keeps of an article: its metadata, its entities and a few dozen salient
// terms with weights. Never the text: a record stays under 4 KB.
import type { ArticleAnalysis } from '../analysis';

export const RECORD_VERSION = 2;

export type EntityKindStored = 'official' | 'person' | 'org' | 'place';

export interface StoredEntity {
  key: string;
  name: string;
  kind: EntityKindStored;
  role?: string | null;
  affiliation?: string | null;
  /** Mentions in the article. */
  n: number;
}

export interface ArticleRecord {
  v: number;
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  published: string | null;
  byline: string[];
  wordCount: number;
  savedAt: number;
  entities: StoredEntity[];
  /** Salient terms (lower-cased, lightly stemmed) and their counts. */
  terms: [string, number][];
  /** Entity keys, for the multi-entry index from entity to articles. */
  keys: string[];
}

const TRACKING = /^(utm_|fbclid|gclid|mc_|ref$|ref_|cmpid|ocid|smid|src$|share)/i;

/** The same article read twice, from a link with tracking parameters or not, is one record. */
export function canonicalId(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (!/^https?:$/.test(u.protocol)) return null;
    // "#article=..." names one of several articles on an infinite-scroll page; other
    // fragments are places within one article.
    if (!u.hash.startsWith('#article=')) u.hash = '';
    for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
    u.hostname = u.hostname.replace(/^(www|m|amp)\./, '');
    u.protocol = 'https:';
    if (u.port === '80' || u.port === '443') u.port = '';
    const path = u.pathname.replace(/\/(amp|index\.html?)?$/, '') || '/';
    return `${u.host}${path}${u.search}${u.hash}`.toLowerCase();
  } catch {
    return null;
  }
}

function hash(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

const STOP = new Set(
  'the a an and or but of to in on at for with from by as is are was were be been being has have had do does did not no it its this that these those he she they them his her their we our you your i me my who whom which what when where why how than then there here also more most said says say told would could should will can may might must just about after before over under into out up down off again further once all any both each few other some such only own same so too very s t now while during against between through above below new one two three year years last first week day time people mr ms mrs'.split(
    ' ',
  ),
);

/** A light stem so that "talks"/"talk", "elected"/"election" meet more often. */
export function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

export function salientTerms(text: string, limit = 150): [string, number][] {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/[\p{L}][\p{L}'’-]{2,}|\d+(?:[.,]\d+)?/gu)) {
    const w = m[0].toLowerCase().replace(/['’]s$/, '');
    if (STOP.has(w)) continue;
    const s = /^\d/.test(w) ? w : stem(w);
    // Capitalised words (names, places, titles of things) tell one story from another of the
    // same kind better than common words do, so they count double.
    counts.set(s, (counts.get(s) ?? 0) + (/^\p{Lu}/u.test(m[0]) ? 2 : 1));
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
}

export function toRecord(a: ArticleAnalysis, now: number): ArticleRecord {
  const m = a.article;
  const id = canonicalId(m.url) ?? `h:${hash(`${m.title}|${m.publisher ?? ''}`)}`;
  const entities: StoredEntity[] = [
    ...a.people.map((p): StoredEntity => ({ key: p.key, name: p.name, kind: p.official ? 'official' : 'person', role: p.role, affiliation: p.affiliation, n: p.mentions.length })),
    ...a.organisations.map((o): StoredEntity => ({ key: o.key, name: o.name, kind: 'org', n: o.mentions.length })),
    ...a.places.map((p): StoredEntity => ({ key: `place:${p.key}`, name: p.name, kind: 'place', n: p.count })),
  ]
    .sort((x, y) => y.n - x.n)
    .slice(0, 48);
  const trim = (s: string | null | undefined, n: number) => (s && s.length > n ? s.slice(0, n - 1) + '…' : s ?? null);
  const record: ArticleRecord = {
    v: RECORD_VERSION,
    id,
    title: trim(m.title, 300) ?? '',
    publisher: trim(m.publisher, 100),
    url: m.url ? m.url.slice(0, 500) : null,
    published: m.published,
    byline: m.byline.slice(0, 5).map((b) => b.slice(0, 80)),
    wordCount: m.wordCount,
    savedAt: now,
    entities: entities.map((e) => ({ ...e, name: e.name.slice(0, 80), role: trim(e.role, 80), affiliation: trim(e.affiliation, 80) })),
    terms: withTitle(salientTerms(a.text), m.title),
    keys: entities.map((e) => e.key),
  };
  return fitBudget(record);
}

/** The headline names the story: its terms count three times. */
function withTitle(terms: [string, number][], title: string | null): [string, number][] {
  if (!title) return terms;
  const extra = new Map(salientTerms(title));
  const out = terms.map(([t, c]): [string, number] => [t, c + 2 * (extra.get(t) ?? 0)]);
  return out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** Stored size limit per article, in UTF-16 characters of its JSON. */
export const RECORD_BUDGET = 4000;

/** Drop the least salient terms, then entities, until the record fits the budget. */
function fitBudget(r: ArticleRecord): ArticleRecord {
  let size = JSON.stringify(r).length;
  while (size > RECORD_BUDGET && (r.terms.length > 30 || r.entities.length > 8)) {
    if (r.terms.length > 30) r.terms = r.terms.slice(0, Math.max(30, r.terms.length - Math.ceil((size - RECORD_BUDGET) / 12)));
    else {
      r.entities = r.entities.slice(0, -1);
      r.keys = r.entities.map((e) => e.key);
    }
    size = JSON.stringify(r).length;
  }
  return r;
}
