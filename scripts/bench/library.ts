// Related-coverage query time on synthetic libraries of 10,000 and 100,000 records, with
// Zipf-like entity and term frequencies, and bytes per stored record.
import { RelatedIndex, type ArticleRecord } from '../../utils/library';

function rand(seed: number) {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
}

/**
 * Articles in stories of about ten: each draws a third of its terms and a few entities from its
 * story, the rest from Zipf-distributed general vocabulary, so a query has real neighbours and
 * the second step of the ranking has a full set of candidates to compare.
 */
export function synthetic(n: number, seed = 1): ArticleRecord[] {
  const r = rand(seed);
  const zipf = (max: number) => Math.floor(max ** r()) - 1;
  return Array.from({ length: n }, (_, i) => {
    const story = Math.floor(r() * (n / 10));
    const entities = Array.from({ length: 25 }, (_, j) => {
      const k = j < 5 ? `story ${story} actor ${Math.floor(r() * 8)}` : String(zipf(20000));
      return { key: `entity ${k}`, name: `Entity ${k}`, kind: (['official', 'person', 'org', 'place'] as const)[j % 4], n: 1 + (j % 5) };
    });
    const uniq = [...new Map(entities.map((e) => [e.key, e])).values()];
    const terms = Array.from({ length: 150 }, (_, j) => [j < 50 ? `s${story}w${Math.floor(r() * 80)}` : `t${zipf(50000)}`, 1 + Math.floor(r() * 5)] as [string, number]);
    return {
      v: 2, id: `example.org/${i}`, title: `Article ${i}`, publisher: 'Example', url: `https://example.org/${i}`, published: null, byline: [], wordCount: 700, savedAt: i,
      entities: uniq, keys: uniq.map((e) => e.key),
      terms: [...new Map(terms).entries()],
    };
  });
}

export function benchLibrary(): void {
  for (const n of [10_000, 100_000]) {
    const records = synthetic(n);
    const t0 = performance.now();
    const index = new RelatedIndex();
    for (const rec of records) index.add(rec);
    index.warm();
    const build = performance.now() - t0;
    // New articles on stories already in the library, as when a reader follows a story.
    const queries = synthetic(n, 99).slice(0, 30);
    let hitsSeen = 0;
    const times = queries.map((q) => {
      const t = performance.now();
      hitsSeen += index.query(q).length;
      return performance.now() - t;
    });
    times.sort((a, b) => a - b);
    const bytes = records.slice(0, 1000).reduce((s, rec) => s + JSON.stringify(rec).length, 0) / 1000;
    console.log(`${n.toLocaleString('en')} articles: related query median ${times[15].toFixed(1)} ms (30 queries), index built in ${(build / 1000).toFixed(1)} s, ${(hitsSeen / 30).toFixed(1)} related per query, ${bytes.toFixed(0)} bytes per synthetic record`);
  }
}
