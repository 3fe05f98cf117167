// Related coverage: the articles in the library that report the same story.
//
// Two steps, both measured on ECB+ (npm run eval), where every topic holds two stories of the
// same kind (two earthquakes, two rehab admissions), so the hard negatives share most words:
// 1. A TF-IDF cosine over each article's stored salient terms (names count double, see
//    record.ts). Postings lists keep this to the articles that share a rare term.
// 2. Among the few dozen best candidates, articles of one story resemble each other more than
//    any of them resembles the other story: each candidate is described by its nearest
//    neighbours among the candidates, and the cosine of those neighbourhoods is added to the
//    first score. This "second-order" similarity lifts same-story articles that use other
//    words, and needs nothing stored beyond the terms.
// Shared people and organisations are what the popup shows; sharing only entities that much
// of the library mentions (the United States, Reuters) never suffices on its own.
import type { ArticleRecord, StoredEntity } from './record';
import { secondOrder, topK } from './neighbours';

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

export const DEFAULTS = { limit: 10, minScore: 0.15 };
/**
 * Weight, in the norms, of the terms no other article has. Counted in full they make long
 * articles look unlike everything; left out, an article that shares only its common words
 * would look identical to others that do.
 */
const SINGLETON = 0.5;
/** Articles found through rare terms whose exact cosine is computed. */
const RESCORED = 200;
/** First-step similarity needed to be a candidate at all. */
const CANDIDATE = 0.08;
/** Candidates compared with each other in the second step. */
const CANDIDATES = 40;
/** Neighbours that describe a candidate, and the similarity they need. */
const NEIGHBOURS = 5;
const NEIGHBOUR_MIN = 0.2;
/** Weight of the second-order similarity. */
const SECOND = 1;
const ROUNDS = 3;
/** First-step similarity needed when no rare entity is shared. */
const TERMS_ALONE = 0.1;

const tfw = (c: number) => 1 + Math.log(c);

interface Postings {
  docs: number[];
  tf: number[];
  /** Live documents holding the term. */
  df: number;
}

export class RelatedIndex {
  readonly records = new Map<string, ArticleRecord>();
  private slot = new Map<string, number>();
  private ids: (string | undefined)[] = [];
  private dead = 0;
  private terms = new Map<string, Postings>();
  private entityDf = new Map<string, number>();
  private norms: number[] = [];
  private acc = new Float64Array(0);
  private normsAt = 0;

  get size(): number {
    return this.records.size;
  }

  add(r: ArticleRecord): void {
    if (this.records.has(r.id)) this.remove(r.id);
    const n = this.ids.length;
    this.ids.push(r.id);
    this.slot.set(r.id, n);
    this.records.set(r.id, r);
    for (const [t, c] of r.terms) {
      let p = this.terms.get(t);
      if (!p) this.terms.set(t, (p = { docs: [], tf: [], df: 0 }));
      p.docs.push(n);
      p.tf.push(tfw(c));
      p.df++;
    }
    for (const e of r.entities) this.entityDf.set(e.key, (this.entityDf.get(e.key) ?? 0) + 1);
  }

  remove(id: string): void {
    const r = this.records.get(id);
    const n = this.slot.get(id);
    if (!r || n === undefined) return;
    for (const [t] of r.terms) this.terms.get(t)!.df--;
    for (const e of r.entities) this.entityDf.set(e.key, (this.entityDf.get(e.key) ?? 1) - 1);
    this.records.delete(id);
    this.slot.delete(id);
    this.ids[n] = undefined;
    // Postings keep removed articles until they are a fifth of the index, then it is rebuilt.
    if (++this.dead > 100 && this.dead > this.ids.length / 5) this.rebuild();
  }

  private rebuild(): void {
    const all = [...this.records.values()];
    this.records.clear();
    this.slot.clear();
    this.ids = [];
    this.dead = 0;
    this.terms.clear();
    this.entityDf.clear();
    this.norms = [];
    for (const r of all) this.add(r);
  }

  /** Computes every norm now (after loading a library), rather than during the first queries. */
  warm(): void {
    this.ids.forEach((id, n) => id !== undefined && this.norm(n));
  }

  /** +1 so that in a library of two articles what they share still counts. */
  private idf(df: number): number {
    return Math.log((this.records.size + 1) / Math.max(1, df));
  }

  /** Length of an article's vector over the terms it shares with at least one other article. */
  private norm(n: number): number {
    // idf drifts as the library grows: norms are recomputed when it has grown by a tenth.
    if (Math.abs(this.records.size - this.normsAt) > this.normsAt / 10) {
      this.norms = [];
      this.normsAt = this.records.size;
    }
    let v = this.norms[n];
    if (v === undefined) {
      v = 0;
      for (const [t, c] of this.records.get(this.ids[n]!)!.terms) {
        const df = this.terms.get(t)!.df;
        v += (df >= 2 ? 1 : SINGLETON) * (tfw(c) * this.idf(df)) ** 2;
      }
      v = this.norms[n] = Math.sqrt(v) || 1;
    }
    return v;
  }

  /** An article's unit vector over the terms it shares with the library. */
  private vector(r: ArticleRecord, self: boolean): Map<string, number> {
    const v = new Map<string, number>();
    let s = 0;
    for (const [t, c] of r.terms) {
      const df = (this.terms.get(t)?.df ?? 0) + (self ? 0 : 1);
      const w = tfw(c) * this.idf(Math.max(1, df));
      if (df < 2) {
        s += SINGLETON * w * w;
        continue;
      }
      v.set(t, w);
      s += w * w;
    }
    s = Math.sqrt(s) || 1;
    for (const [t, w] of v) v.set(t, w / s);
    return v;
  }

  /** Articles related to `target` (which may or may not be in the index), best first. */
  query(target: ArticleRecord, opts: RelatedOptions = {}): RelatedHit[] {
    const { limit, minScore } = { ...DEFAULTS, ...opts };
    const first = this.firstStep(target);
    const cands = [...first].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATES);
    const second = this.secondStep(cands);
    const n = this.records.size;
    const hits: RelatedHit[] = [];
    cands.forEach(([doc, base], i) => {
      const score = base + second[i];
      if (score < minScore) return;
      const other = this.records.get(this.ids[doc]!)!;
      const shared = sharedEntities(target, other, (k) => this.entityDf.get(k) ?? 0);
      const rare = shared.some((s) => n < 20 || (this.entityDf.get(s.key) ?? 0) < n * 0.2);
      if (!rare && base < TERMS_ALONE) return;
      hits.push({ id: other.id, score: Math.round(score * 1000) / 1000, shared });
    });
    return hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, limit);
  }

  /** Cosine of the target with every article that shares a rare term, above CANDIDATE. */
  private firstStep(target: ArticleRecord): Map<number, number> {
    const self = this.slot.get(target.id) ?? -1;
    if (this.acc.length < this.ids.length) this.acc = new Float64Array(this.ids.length * 2);
    const acc = this.acc;
    const touched: number[] = [];
    // Terms in more than a few percent of the library weigh little and would make every
    // article a candidate: they are left out of the walk and added back for the best below.
    const walkLimit = Math.max(50, this.records.size * 0.05);
    const q = this.vector(target, self >= 0);
    const common = new Map<string, number>();
    for (const [t, w] of q) {
      const p = this.terms.get(t)!;
      const wi = w * this.idf(p.df);
      if (p.df > walkLimit) {
        common.set(t, wi);
        continue;
      }
      const { docs, tf } = p;
      for (let i = 0; i < docs.length; i++) {
        const d = docs[i];
        if (acc[d] === 0) touched.push(d);
        acc[d] += wi * tf[i];
      }
    }
    const scored: [doc: number, cosine: number, dot: number][] = [];
    for (const d of touched) {
      if (d !== self && this.ids[d] !== undefined) scored.push([d, acc[d] / this.norm(d), acc[d]]);
      acc[d] = 0;
    }
    // The best of them get their exact cosine, common words included, since those still say
    // how much of the vocabulary two articles share.
    const out = new Map<number, number>();
    for (const [d, , rare] of topK(scored, RESCORED)) {
      let dot = rare;
      for (const [t, c] of this.records.get(this.ids[d]!)!.terms) {
        const w = common.get(t);
        if (w !== undefined) dot += w * tfw(c);
      }
      const s = dot / this.norm(d);
      if (s >= CANDIDATE) out.set(d, s);
    }
    return out;
  }

  /** For each candidate, what its neighbourhood adds (see the top and neighbours.ts). */
  private secondStep(cands: [number, number][]): number[] {
    if (cands.length < 2) return cands.map(() => 0);
    const vectors = cands.map(([d]) => this.vector(this.records.get(this.ids[d]!)!, true));
    return secondOrder(vectors, cands.map(([, base]) => base), { rounds: ROUNDS, weight: SECOND, neighbours: NEIGHBOURS, min: NEIGHBOUR_MIN });
  }
}

function sharedEntities(a: ArticleRecord, b: ArticleRecord, df: (k: string) => number): RelatedHit['shared'] {
  const theirs = new Set(b.entities.map((e) => e.key));
  return a.entities
    .filter((e) => e.kind !== 'place' && theirs.has(e.key))
    .sort((x, y) => Number(y.kind === 'official') - Number(x.kind === 'official') || df(x.key) - df(y.key) || y.n - x.n)
    .map((e) => ({ key: e.key, name: e.name, kind: e.kind }));
}
