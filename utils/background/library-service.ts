// The background's view of the library: IndexedDB for what is kept, and an in-memory
// related-coverage index built from it on first use, kept in step with every change.
import type { ArticleAnalysis } from '../analysis';
import type { ArticleRef, EntityPage, LibraryQuery, RelatedItem } from '../messages';
import { openLibrary, toRecord, RelatedIndex, saveRecord, allRecords, recordsWithKey, exportJson, importJson, type LibraryDB, type ArticleRecord } from '../library';

const ref = (r: ArticleRecord): ArticleRef => ({ id: r.id, title: r.title, publisher: r.publisher, url: r.url, published: r.published, savedAt: r.savedAt });

export class LibraryService {
  constructor(
    private db: LibraryDB,
    private index: RelatedIndex,
  ) {}

  static async open(): Promise<LibraryService> {
    const db = await openLibrary();
    const index = new RelatedIndex();
    const { records, skipped } = await allRecords(db);
    if (skipped) console.warn(`Dossier: ${skipped} unreadable library records were skipped.`);
    for (const r of records) index.add(r);
    index.warm();
    return new LibraryService(db, index);
  }

  async save(a: ArticleAnalysis): Promise<{ id: string | null; evicted: number; error?: string }> {
    const r = toRecord(a, Date.now());
    const res = await saveRecord(this.db, r, (id) => this.index.remove(id));
    if (res.error) return { id: null, ...res };
    this.index.add((await this.db.get('articles', r.id)) ?? r);
    return { id: r.id, ...res };
  }

  /** Related coverage and, for each entity, the earlier articles that mention it. */
  async context(a: ArticleAnalysis, selfId: string | null): Promise<{ related: RelatedItem[]; history: Record<string, ArticleRef[]> }> {
    const target = toRecord(a, Date.now());
    if (selfId) target.id = selfId;
    const related = this.index.query(target).map((h): RelatedItem => ({ ...ref(this.index.records.get(h.id)!), score: h.score, shared: h.shared }));
    const history: Record<string, ArticleRef[]> = {};
    // All lookups at once: one after another, they kept the highlights waiting.
    const keys = target.entities.filter((e) => e.kind !== 'place').map((e) => e.key);
    const found = await Promise.all(keys.map((k) => recordsWithKey(this.db, k)));
    keys.forEach((k, i) => {
      const rows = found[i].filter((r) => r.id !== target.id).sort((x, y) => y.savedAt - x.savedAt);
      if (rows.length) history[k] = rows.slice(0, 10).map(ref);
    });
    return { related, history };
  }

  async list(q: LibraryQuery): Promise<ArticleRef[]> {
    const s = q.search?.trim().toLowerCase();
    let rows = [...this.index.records.values()];
    if (s) rows = rows.filter((r) => r.title.toLowerCase().includes(s) || (r.publisher ?? '').toLowerCase().includes(s) || r.entities.some((e) => e.name.toLowerCase().includes(s)));
    const sort = q.sort ?? 'savedAt';
    rows.sort((a, b) =>
      sort === 'publisher' ? (a.publisher ?? '').localeCompare(b.publisher ?? '') : sort === 'published' ? (b.published ?? '').localeCompare(a.published ?? '') : b.savedAt - a.savedAt,
    );
    return rows.slice(0, q.limit ?? 500).map(ref);
  }

  async entityPage(key: string): Promise<EntityPage | null> {
    const rows = (await recordsWithKey(this.db, key)).sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.savedAt - b.savedAt);
    if (!rows.length) return null;
    const mention = (r: ArticleRecord) => r.entities.find((e) => e.key === key)!;
    const first = mention(rows[rows.length - 1]);
    return {
      key,
      name: first.name,
      kind: rows.some((r) => mention(r).kind === 'official') ? 'official' : first.kind,
      articles: rows.map((r) => ({ ...ref(r), role: mention(r).role ?? null, affiliation: mention(r).affiliation ?? null })),
    };
  }

  async remove(id: string): Promise<void> {
    await this.db.delete('articles', id);
    this.index.remove(id);
  }

  async clear(): Promise<void> {
    await this.db.clear('articles');
    for (const id of [...this.index.records.keys()]) this.index.remove(id);
  }

  async exportJson(): Promise<string> {
    return exportJson((await allRecords(this.db)).records);
  }

  async importJson(json: string): Promise<{ added: number; updated: number; skipped: number }> {
    const { records, ...counts } = await importJson(this.db, json);
    for (const r of records) this.index.add(r);
    return counts;
  }
}

let service: Promise<LibraryService> | null = null;

export function libraryService(): Promise<LibraryService> {
  service ??= LibraryService.open().catch((e) => {
    service = null;
    throw e;
  });
  return service;
}
