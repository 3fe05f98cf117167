import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { kthLargest } from '@/utils/library/neighbours';
import { RelatedIndex, type ArticleRecord, type StoredEntity } from '@/utils/library';

// Synthetic records: what matters to ranking is the terms and entities, not the text.
function rec(id: string, words: string, entities: string[] = []): ArticleRecord {
  const counts = new Map<string, number>();
  for (const w of words.split(/\s+/).filter(Boolean)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const ents: StoredEntity[] = entities.map((k) => ({ key: k, name: k, kind: 'person', n: 2 }));
  return { v: 2, id, title: id, publisher: null, url: null, published: null, byline: [], wordCount: 300, savedAt: 0, entities: ents, keys: entities, terms: [...counts] };
}

/** Unrelated articles, so that document frequencies mean something. */
function filler(index: RelatedIndex, n: number): void {
  for (let i = 0; i < n; i++) index.add(rec(`filler-${i}`, `alpha${i} beta${i} gamma${i % 7} delta${i % 11} common common`, [`person ${i}`]));
}

describe('related coverage ranking', () => {
  it('carries a story through articles that share few words with the one being read', () => {
    const index = new RelatedIndex();
    filler(index, 60);
    const q = rec('q', 'earthquake magnitude sumatra padang collapsed tsunami', ['governor ali']);
    const s1 = rec('s1', 'earthquake magnitude sumatra padang hospital aftershock', ['governor ali']);
    const s2 = rec('s2', 'earthquake sumatra padang hospital aftershock convoy', ['governor ali']);
    // z and y each share one word with q, equally rare, and their other words are as common
    // as each other's, so the first step cannot tell them apart (and the tie would go to y);
    // z tells the story s1 and s2 tell, y another.
    const z = rec('z', 'collapsed hospital aftershock convoy tents');
    const y = rec('y', 'tsunami siren drill coastal schools');
    const y1 = rec('y1', 'siren drill coastal warning');
    const y2 = rec('y2', 'siren drill alarm');
    for (const r of [q, s1, s2, z, y, y1, y2]) index.add(r);
    const hits = index.query(q);
    const ids = hits.map((h) => h.id);
    expect(ids.slice(0, 2).sort()).toEqual(['s1', 's2']);
    expect(ids).toContain('z');
    const rank = (id: string) => (ids.includes(id) ? ids.indexOf(id) : Infinity);
    expect(rank('z')).toBeLessThan(rank('y'));
    expect(ids.every((id) => !id.startsWith('filler'))).toBe(true);
  });

  it('does not list an article that shares only an entity and words much of the library has', () => {
    const index = new RelatedIndex();
    for (let i = 0; i < 40; i++) index.add(rec(`us-${i}`, `washington${i} senate${i} common common`, ['united states']));
    const q = rec('q', 'vaccine trial results common', ['united states']);
    index.add(q);
    expect(index.query(q)).toEqual([]);
  });

  it('stays correct when many articles are removed and the postings are rebuilt', () => {
    const index = new RelatedIndex();
    filler(index, 300);
    const a = rec('a', 'reactor inspection zaporizhzhia grossi shelling', ['rafael grossi']);
    const b = rec('b', 'reactor inspection zaporizhzhia grossi cooling', ['rafael grossi']);
    index.add(a);
    index.add(b);
    for (let i = 0; i < 200; i++) index.remove(`filler-${i}`);
    expect(index.size).toBe(102);
    const hits = index.query(a);
    expect(hits.map((h) => h.id)).toEqual(['b']);
    expect(hits[0].shared.map((s) => s.key)).toEqual(['rafael grossi']);
    // Re-adding the same id replaces it rather than duplicating it.
    index.add(rec('b', 'reactor inspection zaporizhzhia grossi cooling pumps', ['rafael grossi']));
    expect(index.query(a).map((h) => h.id)).toEqual(['b']);
  });

  it('finds the one related article in a library of two', () => {
    const index = new RelatedIndex();
    const a = rec('a', 'moscow talks wang shoigu security consultation', ['wang yi', 'sergei shoigu']);
    const b = rec('b', 'wang shoigu moscow strategic security talks', ['wang yi', 'sergei shoigu']);
    index.add(a);
    index.add(b);
    expect(index.query(b).map((h) => h.id)).toEqual(['a']);
  });
});

describe('candidate selection', () => {
  it('finds the k-th largest score, duplicates included', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 300 }), fc.nat(), (xs, k0) => {
        const k = 1 + (k0 % xs.length);
        const sorted = [...xs].sort((a, b) => b - a);
        expect(kthLargest(Float64Array.from(xs), k)).toBe(sorted[k - 1]);
      }),
    );
  });
});
