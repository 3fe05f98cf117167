// Related coverage: the articles in the library that report the same story. Two articles
// match on the people, organisations and places they share, weighted by how rare each is in
// the reader's library (the United States or Reuters say little; Sergei Shoigu says a lot),
// and on their salient terms. Postings lists keep a query to the candidates that share something.
import type { ArticleRecord, StoredEntity } from './record';

export interface RelatedHit {
  id: string;
  score: number;
  /** Shared people and organisations, rarest first. */
  shared: { key: string; name: string; kind: StoredEntity['kind'] }[];
}

export interface RelatedOptions {
  limit?: number;
  minScore?: number;
}

const KIND_WEIGHT: Record<StoredEntity['kind'], number> = { official: 1.3, person: 1.2, org: 1, place: 0.6 };
// Chosen on ECB+ (scripts/eval: score-related.mjs): entities weigh less than the words, since a
// story's vocabulary is more specific than its actors; entities still decide between stories
// that share it (two earthquakes, two rehab admissions).
export const DEFAULTS = { limit: 10, minScore: 0.13 };
/** Term similarity needed when no rare entity is shared. */
const TERMS_ALONE = 0.15;
const W_ENT = 0.15;

type Posting = Map<string, number>; // article id -> weight in that article

export class RelatedIndex {
  private entities = new Map<string, Posting>();
  private terms = new Map<string, Posting>();
  private norms = new Map<string, { e: number; t: number }>();
  readonly records = new Map<string, ArticleRecord>();

  get size(): number {
    return this.records.size;
  }

  add(r: ArticleRecord): void {
    if (this.records.has(r.id)) this.remove(r.id);
    this.records.set(r.id, r);
    for (const e of r.entities) {
      const p = this.entities.get(e.key) ?? new Map();
      p.set(r.id, entityWeight(e));
      this.entities.set(e.key, p);
    }
    for (const [t, n] of r.terms) {
      const p = this.terms.get(t) ?? new Map();
      p.set(r.id, 1 + Math.log(n));
      this.terms.set(t, p);
    }
    this.norms.delete(r.id);
  }

  remove(id: string): void {
    const r = this.records.get(id);
    if (!r) return;
    for (const e of r.entities) this.entities.get(e.key)?.delete(id);
    for (const [t] of r.terms) this.terms.get(t)?.delete(id);
    this.records.delete(id);
    this.norms.delete(id);
  }

  /** Document frequency and inverse document frequency of an entity key or a term. */
  private idf(p: Posting | undefined): number {
    const n = this.records.size;
    return Math.log(1 + n / Math.max(1, p?.size ?? 0));
  }

  private norm(id: string): { e: number; t: number } {
    let hit = this.norms.get(id);
    if (hit) return hit;
    const r = this.records.get(id)!;
    let e = 0;
    for (const x of r.entities) e += (entityWeight(x) * this.idf(this.entities.get(x.key))) ** 2;
    let t = 0;
    for (const [term, n] of r.terms) t += ((1 + Math.log(n)) * this.idf(this.terms.get(term))) ** 2;
    hit = { e: Math.sqrt(e) || 1, t: Math.sqrt(t) || 1 };
    this.norms.set(id, hit);
    return hit;
  }

  /** Articles related to `target` (which may or may not be in the index), best first. */
  query(target: ArticleRecord, opts: RelatedOptions = {}): RelatedHit[] {
    const { limit, minScore } = { ...DEFAULTS, ...opts };
    const n = this.records.size;
    const eDot = new Map<string, number>();
    const tDot = new Map<string, number>();
    let eNorm = 0;
    const walkLimit = Math.max(50, n * 0.05);
    for (const x of target.entities) {
      const p = this.entities.get(x.key);
      const idf = this.idf(p);
      const w = entityWeight(x) * idf;
      eNorm += w * w;
      if (!p || p.size > walkLimit) continue;
      for (const [id, wy] of p) if (id !== target.id) eDot.set(id, (eDot.get(id) ?? 0) + w * wy * idf);
    }
    let tNorm = 0;
    // Words and entities in more than a few percent of the library weigh little and would
    // make every article a candidate: they count in the norms but are not walked.
    for (const [term, c] of target.terms) {
      const p = this.terms.get(term);
      const idf = this.idf(p);
      const w = (1 + Math.log(c)) * idf;
      tNorm += w * w;
      if (!p || p.size > walkLimit) continue;
      for (const [id, wy] of p) if (id !== target.id) tDot.set(id, (tDot.get(id) ?? 0) + w * wy * idf);
    }
    eNorm = Math.sqrt(eNorm) || 1;
    tNorm = Math.sqrt(tNorm) || 1;
    // Only articles that share at least one entity are candidates: a story has actors.
    const hits: RelatedHit[] = [];
    for (const [id, td] of tDot) {
      const nm = this.norm(id);
      const es = (eDot.get(id) ?? 0) / (eNorm * nm.e);
      const ts = td / (tNorm * nm.t);
      const score = W_ENT * es + (1 - W_ENT) * ts;
      if (score < minScore) continue;
      const other = this.records.get(id)!;
      const shared = sharedEntities(target, other, (k) => this.entities.get(k)?.size ?? 0);
      // Sharing only what much of the library mentions (the United States, Reuters) is no sign
      // of the same story: then the words themselves must agree strongly.
      const rare = shared.some((s) => n < 20 || (this.entities.get(s.key)?.size ?? 0) < n * 0.2);
      if (!rare && ts < TERMS_ALONE) continue;
      hits.push({ id, score: Math.round(score * 1000) / 1000, shared });
    }
    return hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, limit);
  }
}

function entityWeight(e: StoredEntity): number {
  return KIND_WEIGHT[e.kind] * (1 + Math.log(Math.max(1, e.n)));
}

function sharedEntities(a: ArticleRecord, b: ArticleRecord, df: (k: string) => number): RelatedHit['shared'] {
  const theirs = new Set(b.entities.map((e) => e.key));
  return a.entities
    .filter((e) => e.kind !== 'place' && theirs.has(e.key))
    .sort((x, y) => Number(y.kind === 'official') - Number(x.kind === 'official') || df(x.key) - df(y.key) || y.n - x.n)
    .map((e) => ({ key: e.key, name: e.name, kind: e.kind }));
}
