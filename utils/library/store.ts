// Library operations over IndexedDB: save (one record per article, eviction of the oldest when
// storage is full), list, delete, clear, export and import. Corrupt records are skipped and
// counted, never fatal.
import type { LibraryDB } from './db';
import { migrateRecord } from './db';
import type { ArticleRecord } from './record';

export interface SaveResult {
  evicted: number;
  error?: string;
}

const isQuota = (e: unknown) => e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');

export async function saveRecord(db: LibraryDB, r: ArticleRecord, onEvict?: (id: string) => void): Promise<SaveResult> {
  let evicted = 0;
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      const tx = db.transaction('articles', 'readwrite');
      const old = await tx.store.get(r.id);
      // Re-reading an article updates its record and keeps when it was first read.
      await tx.store.put(old ? { ...r, savedAt: Math.min(old.savedAt || r.savedAt, r.savedAt) } : r);
      await tx.done;
      return { evicted };
    } catch (e) {
      if (!isQuota(e)) return { evicted, error: (e as Error).message };
      // Full: the oldest articles go first, a few at a time.
      const tx = db.transaction('articles', 'readwrite');
      let c = await tx.store.index('bySavedAt').openCursor();
      for (let k = 0; c && k < 5; k++, c = await c.continue()) {
        if (c.value.id === r.id) continue;
        onEvict?.(c.value.id);
        await c.delete();
        evicted++;
      }
      await tx.done;
      if (!c && evicted === 0) return { evicted, error: 'storage is full' };
    }
  }
  return { evicted, error: 'storage is full' };
}

/** Every readable record; corrupt ones are counted in `skipped`. */
export async function allRecords(db: LibraryDB): Promise<{ records: ArticleRecord[]; skipped: number }> {
  const records: ArticleRecord[] = [];
  let skipped = 0;
  for (let c = await db.transaction('articles').store.openCursor(); c; c = await c.continue()) {
    const r = migrateRecord(c.value);
    if (r) records.push(r);
    else skipped++;
  }
  return { records, skipped };
}

export async function recordsWithKey(db: LibraryDB, key: string): Promise<ArticleRecord[]> {
  const found = await db.getAllFromIndex('articles', 'byKey', key);
  return found.map(migrateRecord).filter((r): r is ArticleRecord => r !== null);
}

export const EXPORT_FORMAT = 'dossier-library';

export function exportJson(records: ArticleRecord[]): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: 2, exportedAt: new Date().toISOString(), articles: records });
}

/** Merge an export into the library: new ids added, known ids updated, bad records skipped. */
export async function importJson(db: LibraryDB, json: string): Promise<{ added: number; updated: number; skipped: number; records: ArticleRecord[] }> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error('the file is not JSON');
  }
  const list = (data as { format?: string; articles?: unknown })?.articles;
  if ((data as { format?: string })?.format !== EXPORT_FORMAT || !Array.isArray(list)) throw new Error('the file is not a Dossier library export');
  let added = 0;
  let updated = 0;
  let skipped = 0;
  const records: ArticleRecord[] = [];
  const tx = db.transaction('articles', 'readwrite');
  for (const raw of list) {
    const r = migrateRecord(raw);
    if (!r) {
      skipped++;
      continue;
    }
    const old = await tx.store.get(r.id);
    if (old) updated++;
    else added++;
    await tx.store.put(old && old.savedAt > r.savedAt ? { ...r, savedAt: old.savedAt } : r);
    records.push(r);
  }
  await tx.done;
  return { added, updated, skipped, records };
}
