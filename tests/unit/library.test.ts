import 'fake-indexeddb/auto';
import { describe, it, expect, beforeEach } from 'vitest';
import { openDB } from 'idb';
import { analyzeText } from '@/utils/analyze';
import { toRecord, canonicalId, RECORD_BUDGET, RelatedIndex, openLibrary, saveRecord, allRecords, exportJson, importJson, recordsWithKey, DB_NAME } from '@/utils/library';

// Three short articles written for these tests: two on one story, one on another.
const A = `Ministers agree harbour radar pact in Tallinn

Foreign Minister Margus Tsahkna of Estonia and Finnish Foreign Minister Elina Valtonen agreed on Friday to share harbour radar data after undersea cables were damaged in the Gulf of Finland. Tsahkna said coast guards would track suspicious vessels.`;
const B = `Baltic cable damage prompts radar sharing deal

Estonia's foreign minister, Margus Tsahkna, hosted talks with Elina Valtonen of Finland on protecting undersea cables and harbours. Valtonen offered patrol aircraft, and the ministers agreed to share radar data on vessels near the damaged cables.`;
const C = `Museum returns bronze statues to Benin City

The British Museum said on Monday it would return twelve bronze statues taken in 1897. Director Hartwig Fischer said the objects would travel to Benin City next spring for a new exhibition.`;

const analysis = (text: string, url: string) => analyzeText({ text, meta: { url, title: text.split('\n')[0] } });

describe('records', () => {
  it('keeps no article text and stays within the budget', () => {
    const long = analysis(Array.from({ length: 300 }, (_, i) => `${A} Extra${i} words${i} here${i}.`).join('\n\n'), 'https://example.org/a');
    const r = toRecord(long, 1);
    expect(JSON.stringify(r).length).toBeLessThanOrEqual(RECORD_BUDGET);
    expect(JSON.stringify(r)).not.toContain('suspicious vessels');
  });
  it('gives one id to one article whatever the tracking parameters', () => {
    expect(canonicalId('https://www.example.org/news/a-story/?utm_source=x&fbclid=1#top')).toBe(canonicalId('http://example.org/news/a-story'));
    expect(canonicalId('https://example.org/news/a-story?id=2')).not.toBe(canonicalId('https://example.org/news/a-story?id=3'));
  });
});

describe('related coverage', () => {
  it('ranks the article on the same story first and says what they share', () => {
    const index = new RelatedIndex();
    const [ra, rb, rc] = [analysis(A, 'https://a.example/1'), analysis(B, 'https://b.example/2'), analysis(C, 'https://c.example/3')].map((x) => toRecord(x, 1));
    for (const r of [ra, rb, rc]) index.add(r);
    const hits = index.query(rb);
    expect(hits[0]?.id).toBe(ra.id);
    expect(hits[0].shared.map((s) => s.key)).toEqual(expect.arrayContaining(['margus tsahkna', 'elina valtonen']));
    expect(hits.map((h) => h.id)).not.toContain(rc.id);
  });
  it('forgets a removed article', () => {
    const index = new RelatedIndex();
    const ra = toRecord(analysis(A, 'https://a.example/1'), 1);
    const rb = toRecord(analysis(B, 'https://b.example/2'), 1);
    index.add(ra);
    index.add(rb);
    index.remove(ra.id);
    expect(index.query(rb)).toEqual([]);
  });
});

describe('storage', () => {
  beforeEach(async () => {
    await new Promise<void>((res) => {
      const req = indexedDB.deleteDatabase(DB_NAME);
      req.onsuccess = req.onerror = req.onblocked = () => res();
    });
  });

  it('stores an article read twice as one record', async () => {
    const db = await openLibrary();
    const r = toRecord(analysis(A, 'https://a.example/1?utm_source=feed'), 10);
    await saveRecord(db, r);
    await saveRecord(db, { ...toRecord(analysis(A, 'https://a.example/1'), 20) });
    const { records } = await allRecords(db);
    expect(records).toHaveLength(1);
    expect(records[0].savedAt).toBe(10);
    db.close();
  });

  it('keeps both articles when two tabs save at once', async () => {
    const db = await openLibrary();
    const ra = toRecord(analysis(A, 'https://a.example/1'), 1);
    const rb = toRecord(analysis(B, 'https://b.example/2'), 2);
    await Promise.all([saveRecord(db, ra), saveRecord(db, rb)]);
    expect((await allRecords(db)).records.map((r) => r.id).sort()).toEqual([ra.id, rb.id].sort());
    db.close();
  });

  it('migrates a version 1 library, keeping every readable article and skipping a corrupt one', async () => {
    const v1 = await openDB(DB_NAME, 1, { upgrade: (db) => void db.createObjectStore('articles', { keyPath: 'id' }) });
    const old = toRecord(analysis(A, 'https://a.example/1'), 5) as unknown as Record<string, unknown>;
    delete old.keys;
    old.v = 1;
    await v1.put('articles', old);
    await v1.put('articles', { id: 'broken', title: 42 });
    v1.close();
    const db = await openLibrary();
    const { records, skipped } = await allRecords(db);
    expect(records.map((r) => r.id)).toEqual([old.id]);
    expect(skipped).toBe(0);
    expect((await recordsWithKey(db, 'margus tsahkna')).map((r) => r.id)).toEqual([old.id]);
    db.close();
  });

  it('exports and imports without loss, merging without duplicates', async () => {
    const db = await openLibrary();
    const ra = toRecord(analysis(A, 'https://a.example/1'), 1);
    const rb = toRecord(analysis(B, 'https://b.example/2'), 2);
    await saveRecord(db, ra);
    await saveRecord(db, rb);
    const json = exportJson((await allRecords(db)).records);
    await db.clear('articles');
    await saveRecord(db, ra);
    const result = await importJson(db, json);
    expect(result).toMatchObject({ added: 1, updated: 1, skipped: 0 });
    const back = (await allRecords(db)).records.sort((x, y) => x.savedAt - y.savedAt);
    expect(back).toEqual([ra, rb]);
    await expect(importJson(db, '{"not":"ours"}')).rejects.toThrow(/not a Dossier library/);
    await expect(importJson(db, 'garbage')).rejects.toThrow(/not JSON/);
    db.close();
  });

  it('evicts the oldest articles when storage is full, and says how many', async () => {
    const db = await openLibrary();
    const base = toRecord(analysis(A, 'https://a.example/1'), 1);
    for (let i = 1; i <= 12; i++) await saveRecord(db, { ...base, id: `old-${i}`, savedAt: i });
    // The next write fails once as a full disk would.
    let fails = 1;
    const wrap = <T extends object>(target: T, hook: (key: PropertyKey) => unknown): T =>
      new Proxy(target, {
        get(t, k) {
          const over = hook(k);
          if (over !== undefined) return over;
          const v = Reflect.get(t, k);
          return typeof v === 'function' ? v.bind(t) : v;
        },
      });
    const full = wrap(db, (k) =>
      k === 'transaction'
        ? (...args: Parameters<typeof db.transaction>) => {
            const tx = db.transaction(...args);
            return wrap(tx, (kk) =>
              kk === 'store'
                ? wrap((tx as unknown as { store: object }).store, (key) =>
                    key === 'put' && fails > 0
                      ? async () => {
                          fails--;
                          throw new DOMException('disk full', 'QuotaExceededError');
                        }
                      : undefined,
                  )
                : undefined,
            );
          }
        : undefined,
    );
    const evictedIds: string[] = [];
    const fresh = { ...base, id: 'new', savedAt: 100 };
    const result = await saveRecord(full, fresh, (id) => evictedIds.push(id));
    expect(result).toEqual({ evicted: 5 });
    expect(evictedIds).toEqual(['old-1', 'old-2', 'old-3', 'old-4', 'old-5']);
    const ids = (await allRecords(db)).records.map((r) => r.id).sort();
    expect(ids).toEqual(['new', 'old-10', 'old-11', 'old-12', 'old-6', 'old-7', 'old-8', 'old-9']);
    db.close();
  });
});
