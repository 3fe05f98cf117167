// The library in IndexedDB. Versioned: each upgrade step migrates from the version before it,
// so an extension update from any earlier schema keeps every article.
//   v1: store "articles" keyed by id (records without entity keys)
//   v2: records carry `keys`; a multi-entry index from entity key to articles; index on savedAt
import { openDB, type IDBPDatabase, type DBSchema } from 'idb';
import { RECORD_VERSION, type ArticleRecord } from './record';

export const DB_NAME = 'dossier';
export const DB_VERSION = 2;

interface Schema extends DBSchema {
  articles: { key: string; value: ArticleRecord; indexes: { byKey: string; bySavedAt: number } };
}

export type LibraryDB = IDBPDatabase<Schema>;

/** Bring a record of any earlier shape up to date; null when it is beyond repair. */
export function migrateRecord(r: unknown): ArticleRecord | null {
  if (!r || typeof r !== 'object') return null;
  const o = r as Partial<ArticleRecord> & Record<string, unknown>;
  if (typeof o.id !== 'string' || typeof o.title !== 'string') return null;
  const entities = Array.isArray(o.entities) ? o.entities.filter((e) => e && typeof e.key === 'string' && typeof e.name === 'string') : [];
  return {
    v: RECORD_VERSION,
    id: o.id,
    title: o.title,
    publisher: typeof o.publisher === 'string' ? o.publisher : null,
    url: typeof o.url === 'string' ? o.url : null,
    published: typeof o.published === 'string' ? o.published : null,
    byline: Array.isArray(o.byline) ? o.byline.filter((b) => typeof b === 'string') : [],
    wordCount: typeof o.wordCount === 'number' ? o.wordCount : 0,
    savedAt: typeof o.savedAt === 'number' ? o.savedAt : 0,
    entities: entities.map((e) => ({ ...e, n: typeof e.n === 'number' ? e.n : 1 })),
    terms: Array.isArray(o.terms) ? o.terms.filter((t) => Array.isArray(t) && typeof t[0] === 'string' && typeof t[1] === 'number') : [],
    keys: entities.map((e) => e.key),
  };
}

export function openLibrary(name = DB_NAME): Promise<LibraryDB> {
  return openDB<Schema>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _new, tx) {
      if (oldVersion < 1) db.createObjectStore('articles', { keyPath: 'id' });
      if (oldVersion < 2) {
        const store = tx.objectStore('articles');
        store.createIndex('byKey', 'keys', { multiEntry: true });
        store.createIndex('bySavedAt', 'savedAt');
        // Records written by v1 gain their entity keys; unreadable ones are dropped, not fatal.
        for (let c = await store.openCursor(); c; c = await c.continue()) {
          const r = migrateRecord(c.value);
          if (r) await c.update(r);
          else await c.delete();
        }
      }
    },
  });
}
