// Trains the two-stage structured averaged perceptron on CoNLL-2003 train and writes the pruned,
// quantised weights to utils/nlp/model/ner.json. Run through scripts/train.mjs.
//
// Stage 1 sees the words, their neighbours, the sentence and the document. Stage 2 sees the same
// plus the labels stage 1 gave the same words elsewhere in the document. Stage 2 learns from
// stage-1 labels of documents stage 1 never saw in training (k-fold jackknife), so it learns how
// far to trust them on new text.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { LABELS, NL, TYPES, selfFeatures, neighbourFeatures, pairFeatures, DocContext, DocLabels } from '../../utils/nlp/tagger/features';
import { viterbi, T } from '../../utils/nlp/tagger/decode';
import { readConll, type TaggedSentence } from './conll';

const LABEL_ID = new Map<string, number>(LABELS.map((l, i) => [l, i]));

/** BIO tags -> BILOU label ids. */
export function toBilou(tags: string[]): number[] {
  return tags.map((t, i) => {
    if (t === 'O') return 0;
    const type = t.slice(2);
    const begins = t.startsWith('B-') || tags[i - 1] === undefined || tags[i - 1] === 'O' || tags[i - 1].slice(2) !== type;
    const next = tags[i + 1];
    const ends = next === undefined || next === 'O' || next.startsWith('B-') || next.slice(2) !== type;
    const pos = begins ? (ends ? 'U' : 'B') : ends ? 'L' : 'I';
    return LABEL_ID.get(pos + '-' + type)!;
  });
}

/** Stage-1 feature strings of every token of a document (sentences of words). */
export function docFeatures(sents: string[][]): { ctx: DocContext; feats: string[][][] } {
  const ctx = new DocContext(sents);
  const feats = sents.map((s, si) =>
    s.map((w, i) => {
      const f = selfFeatures(w);
      for (const off of [-2, -1, 1, 2]) {
        const j = i + off;
        f.push(...neighbourFeatures(j >= 0 && j < s.length ? s[j] : null, off));
      }
      if (i + 1 < s.length) f.push(...pairFeatures(w, s[i + 1])[0]);
      if (i > 0) f.push(...pairFeatures(s[i - 1], w)[1]);
      f.push(...ctx.features(si, i));
      return f;
    }),
  );
  return { ctx, feats };
}

interface Sent {
  doc: number;
  /** Feature ids, token by token: ids[starts[i]..starts[i+1]). */
  ids: Int32Array;
  starts: Int32Array;
  gold: Int32Array;
}

class Interner {
  ids = new Map<string, number>();
  names: string[] = [];
  counts: number[] = [];
  id(f: string, grow: boolean): number {
    let k = this.ids.get(f);
    if (k === undefined) {
      if (!grow) return -1;
      k = this.names.length;
      this.ids.set(f, k);
      this.names.push(f);
      this.counts.push(0);
    }
    if (grow) this.counts[k]++;
    return k;
  }
}

function pack(feats: string[][], gold: number[], doc: number, intern: Interner, grow: boolean): Sent {
  const starts = new Int32Array(feats.length + 1);
  const all: number[] = [];
  feats.forEach((fs, i) => {
    starts[i] = all.length;
    for (const f of fs) {
      const k = intern.id(f, grow);
      if (k >= 0) all.push(k);
    }
  });
  starts[feats.length] = all.length;
  return { doc, ids: Int32Array.from(all), starts, gold: Int32Array.from(gold) };
}

class Perceptron {
  w: Float32Array;
  u: Float32Array;
  tw = new Float64Array(T * T);
  tu = new Float64Array(T * T);
  c = 1;
  private em = new Float64Array(NL * 256);
  private scratch = { score: new Float64Array(NL * 256), back: new Int32Array(NL * 256) };

  constructor(nFeatures: number, dropout = 0) {
    this.dropout = dropout;
    this.w = new Float32Array(nFeatures * NL);
    this.u = new Float32Array(nFeatures * NL);
  }

  /** Word dropout during training: per token, skip its word-identity features (positions 1, 2). */
  dropout = 0;
  private drop = new Uint8Array(256);
  private seed = 12345;
  private rand(): number {
    this.seed = (Math.imul(this.seed, 1103515245) + 12345) & 0x7fffffff;
    return this.seed / 0x7fffffff;
  }

  private skip(s: Sent, i: number, j: number): boolean {
    return this.drop[i] === 1 && (j === s.starts[i] + 1 || j === s.starts[i] + 2);
  }

  emissions(s: Sent, extra?: Int32Array[]): Float64Array {
    const n = s.gold.length;
    if (this.em.length < n * NL) this.em = new Float64Array(n * NL * 2);
    const em = this.em;
    em.fill(0, 0, n * NL);
    const w = this.w;
    for (let i = 0; i < n; i++) {
      const q = i * NL;
      for (let j = s.starts[i]; j < s.starts[i + 1]; j++) {
        if (this.skip(s, i, j)) continue;
        const o = s.ids[j] * NL;
        for (let k = 0; k < NL; k++) em[q + k] += w[o + k];
      }
      if (extra)
        for (const id of extra[i]) {
          const o = id * NL;
          for (let k = 0; k < NL; k++) em[q + k] += w[o + k];
        }
    }
    return em;
  }

  predict(s: Sent, extra?: Int32Array[]): Int32Array {
    const out = new Int32Array(s.gold.length);
    viterbi(this.emissions(s, extra), 0, s.gold.length, this.tw, out, this.scratch);
    return out;
  }

  private bump(id: number, k: number, d: number): void {
    this.w[id * NL + k] += d;
    this.u[id * NL + k] += d * this.c;
  }

  train(s: Sent, extra?: Int32Array[]): void {
    if (this.drop.length < s.gold.length) this.drop = new Uint8Array(s.gold.length * 2);
    for (let i = 0; i < s.gold.length; i++) this.drop[i] = this.dropout > 0 && this.rand() < this.dropout ? 1 : 0;
    const guess = this.predict(s, extra);
    const g = s.gold;
    const n = g.length;
    for (let i = 0; i < n; i++) {
      if (guess[i] !== g[i]) {
        for (let j = s.starts[i]; j < s.starts[i + 1]; j++) {
          if (this.skip(s, i, j)) continue;
          this.bump(s.ids[j], g[i], 1);
          this.bump(s.ids[j], guess[i], -1);
        }
        if (extra)
          for (const id of extra[i]) {
            this.bump(id, g[i], 1);
            this.bump(id, guess[i], -1);
          }
      }
      const pg = i > 0 ? g[i - 1] : NL;
      const pp = i > 0 ? guess[i - 1] : NL;
      if (pg !== pp || g[i] !== guess[i]) {
        this.tw[pg * T + g[i]] += 1;
        this.tu[pg * T + g[i]] += this.c;
        this.tw[pp * T + guess[i]] -= 1;
        this.tu[pp * T + guess[i]] -= this.c;
      }
    }
    if (g[n - 1] !== guess[n - 1]) {
      this.tw[g[n - 1] * T + NL] += 1;
      this.tu[g[n - 1] * T + NL] += this.c;
      this.tw[guess[n - 1] * T + NL] -= 1;
      this.tu[guess[n - 1] * T + NL] -= this.c;
    }
    this.c++;
    this.drop.fill(0);
  }

  averaged(): { w: Float32Array; t: Float64Array } {
    const w = new Float32Array(this.w.length);
    for (let i = 0; i < w.length; i++) w[i] = this.w[i] - this.u[i] / this.c;
    const t = new Float64Array(T * T);
    for (let i = 0; i < t.length; i++) t[i] = this.tw[i] - this.tu[i] / this.c;
    return { w, t };
  }
}

function shuffle<T>(xs: T[], seed: number): T[] {
  let s = seed;
  const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

type Scores = Record<string, { p: number; r: number; f: number }>;

function spans(ls: ArrayLike<number>): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < ls.length; i++) {
    const l = LABELS[ls[i]];
    if (l[0] === 'B' || l[0] === 'U') start = i;
    if ((l[0] === 'L' || l[0] === 'U') && start >= 0) {
      out.push(l.slice(2) + ':' + start + ':' + i);
      start = -1;
    }
  }
  return out;
}

export function score(pairs: [ArrayLike<number>, ArrayLike<number>][]): Scores {
  const c: Record<string, { tp: number; fp: number; fn: number }> = {};
  for (const t of [...TYPES, 'ALL']) c[t] = { tp: 0, fp: 0, fn: 0 };
  for (const [guess, gold] of pairs) {
    const g = new Set(spans(gold));
    const p = new Set(spans(guess));
    for (const s of p) {
      const k = g.has(s) ? 'tp' : 'fp';
      c[s.split(':')[0]][k]++;
      c.ALL[k]++;
    }
    for (const s of g)
      if (!p.has(s)) {
        c[s.split(':')[0]].fn++;
        c.ALL.fn++;
      }
  }
  const out: Scores = {};
  for (const [t, x] of Object.entries(c)) {
    const p = x.tp / (x.tp + x.fp || 1);
    const r = x.tp / (x.tp + x.fn || 1);
    out[t] = { p: +p.toFixed(4), r: +r.toFixed(4), f: +((2 * p * r) / (p + r || 1)).toFixed(4) };
  }
  return out;
}

export const fmt = (s: Scores) => Object.entries(s).map(([t, x]) => `${t} ${(x.f * 100).toFixed(2)}`).join('  ');

interface Doc {
  sents: string[][];
  gold: number[][];
  ctx: DocContext;
  packed: Sent[];
}

function loadDocs(file: string, intern: Interner, grow: boolean, augment = false): Doc[] {
  const raw: TaggedSentence[][] = readConll(file);
  const docs: Doc[] = [];
  const add = (d: TaggedSentence[], map?: (w: string) => string) => {
    const sents = d.map((s) => (map ? s.tokens.map(map) : s.tokens));
    const gold = d.map((s) => toBilou(s.tags));
    const { ctx, feats } = docFeatures(sents);
    docs.push({ sents, gold, ctx, packed: feats.map((f, si) => pack(f, gold[si], docs.length, intern, grow)) });
  };
  raw.forEach((d, di) => {
    add(d);
    // Case augmentation: one document in ten again in capitals, so that all-caps headlines,
    // bylines and shouting pages are tagged too.
    if (augment && di % 10 === 3) add(d, (w) => w.toUpperCase());
  });
  return docs;
}

function trainStage(p: Perceptron, docs: Doc[], epochs: number, extra: Map<Sent, Int32Array[]> | null, log: (e: number) => void): void {
  const sents = docs.flatMap((d) => d.packed);
  for (let e = 0; e < epochs; e++) {
    for (const s of shuffle(sents, 7 + e * 31)) p.train(s, extra?.get(s));
    log(e);
  }
}

function predictDocs(p: { predict(s: Sent, extra?: Int32Array[]): Int32Array }, docs: Doc[], extra?: Map<Sent, Int32Array[]>): number[][][] {
  return docs.map((d) => d.packed.map((s) => Array.from(p.predict(s, extra?.get(s)))));
}

/** Stage-2 feature ids of every sentence, from stage-1 labels. */
function stage2Extra(docs: Doc[], labels: number[][][], intern: Interner, grow: boolean): Map<Sent, Int32Array[]> {
  const m = new Map<Sent, Int32Array[]>();
  docs.forEach((d, di) => {
    const dl = new DocLabels(d.ctx, labels[di]);
    d.packed.forEach((s, si) => {
      m.set(
        s,
        d.sents[si].map((_, i) => Int32Array.from(dl.features(si, i).map((f) => intern.id(f, grow)).filter((k) => k >= 0))),
      );
    });
  });
  return m;
}

/** A perceptron's averaged weights, used to predict. */
class Frozen {
  private em = new Float64Array(NL * 256);
  private scratch = { score: new Float64Array(NL * 256), back: new Int32Array(NL * 256) };
  constructor(
    public w: Float32Array,
    public t: Float64Array,
  ) {}
  predict(s: Sent, extra?: Int32Array[]): Int32Array {
    const n = s.gold.length;
    if (this.em.length < n * NL) this.em = new Float64Array(n * NL * 2);
    const em = this.em;
    em.fill(0, 0, n * NL);
    for (let i = 0; i < n; i++) {
      const q = i * NL;
      const add = (id: number) => {
        const o = id * NL;
        for (let k = 0; k < NL; k++) em[q + k] += this.w[o + k];
      };
      for (let j = s.starts[i]; j < s.starts[i + 1]; j++) add(s.ids[j]);
      if (extra) for (const id of extra[i]) add(id);
    }
    const out = new Int32Array(n);
    viterbi(em, 0, n, this.t, out, this.scratch);
    return out;
  }
}

export interface Options {
  epochs: number;
  folds: number;
  augment: boolean;
  minCount: number;
  stage2: boolean;
  dropout: number;
}

export function train(trainFile: string, devFile: string | null, outFile: string, o: Options): void {
  const t0 = Date.now();
  const secs = () => ((Date.now() - t0) / 1000).toFixed(0) + ' s';
  const intern = new Interner();
  const docs = loadDocs(trainFile, intern, true, o.augment);
  const dev = devFile ? loadDocs(devFile, intern, false) : null;
  // Stage-2 feature names are interned now so that all weight vectors have one size.
  const allLabels = LABELS.map((_, k) => k);
  void allLabels;
  console.log(`train: ${docs.length} documents, ${intern.names.length} features (${secs()})`);
  const devGold = dev ? dev.flatMap((d) => d.gold) : [];
  const evalDev = (m: { predict(s: Sent, extra?: Int32Array[]): Int32Array }, extra?: Map<Sent, Int32Array[]>) =>
    score(predictDocs(m, dev!, extra).flat().map((g, i) => [g, devGold[i]] as [number[], number[]]));

  // Stage 1 on everything.
  const cap = () => intern.names.length + 20000;
  let p1 = new Perceptron(cap(), o.dropout);
  trainStage(p1, docs, o.epochs, null, (e) => {
    if (dev && (e === o.epochs - 1 || e % 3 === 2)) {
      const a = p1.averaged();
      console.log(`stage 1 epoch ${e + 1}: ${fmt(evalDev(new Frozen(a.w, a.t)))} (${secs()})`);
    }
  });
  const a1 = p1.averaged();
  const s1 = new Frozen(a1.w, a1.t);
  let s2: Frozen | null = null;
  if (o.stage2) {
    // Jackknife: stage-1 labels of each training fold from a model trained on the other folds.
    const labels: number[][][] = new Array(docs.length);
    for (let f = 0; f < o.folds; f++) {
      const rest = docs.filter((_, i) => i % o.folds !== f);
      const p = new Perceptron(cap(), o.dropout);
      trainStage(p, rest, o.epochs, null, () => {});
      const a = p.averaged();
      const fr = new Frozen(a.w, a.t);
      docs.forEach((d, i) => {
        if (i % o.folds === f) labels[i] = predictDocs(fr, [d])[0];
      });
      console.log(`fold ${f + 1}/${o.folds} (${secs()})`);
    }
    const extra = stage2Extra(docs, labels, intern, true);
    const devExtra = dev ? stage2Extra(dev, predictDocs(s1, dev), intern, false) : undefined;
    const p2 = new Perceptron(intern.names.length, o.dropout);
    // Stage-1 weights would be of no help: stage 2 starts from zero.
    trainStage(p2, docs, o.epochs, extra, (e) => {
      if (dev && (e === o.epochs - 1 || e % 3 === 2)) {
        const a = p2.averaged();
        console.log(`stage 2 epoch ${e + 1}: ${fmt(evalDev(new Frozen(a.w, a.t), devExtra))} (${secs()})`);
      }
    });
    const a2 = p2.averaged();
    s2 = new Frozen(a2.w, a2.t);
    p1 = null as unknown as Perceptron;
  }
  save(intern, s1, s2, outFile);
  console.log(`done (${secs()})`);
}

/** Keep features whose weights matter, quantise to int8 (per stage scale), write JSON. */
function save(intern: Interner, s1: Frozen, s2: Frozen | null, outFile: string): void {
  const stages = s2 ? [s1, s2] : [s1];
  const n = intern.names.length;
  const maxOf = (w: Float32Array) => {
    let m = 0;
    for (let i = 0; i < n * NL; i++) m = Math.max(m, Math.abs(w[i]));
    return m;
  };
  const scales = stages.map((s) => maxOf(s.w) / 127);
  const keep: number[] = [];
  for (let k = 0; k < n; k++) {
    let any = false;
    stages.forEach((s, j) => {
      for (let c = 0; c < NL && !any; c++) if (Math.abs(s.w[k * NL + c]) >= scales[j] * 0.5) any = true;
    });
    if (any) keep.push(k);
  }
  const blobs = stages.map((s, j) => {
    const q = new Int8Array(keep.length * NL);
    keep.forEach((k, r) => {
      for (let c = 0; c < NL; c++) q[r * NL + c] = Math.max(-127, Math.min(127, Math.round(s.w[k * NL + c] / scales[j])));
    });
    return Buffer.from(q.buffer).toString('base64');
  });
  const model = {
    version: 2,
    labels: LABELS,
    features: keep.map((k) => intern.names[k]).join('\n'),
    stages: stages.map((s, j) => ({ scale: scales[j], weights: blobs[j], transitions: Array.from(s.t, (x) => +x.toFixed(3)) })),
  };
  const json = JSON.stringify(model);
  writeFileSync(outFile, json);
  console.log(`kept ${keep.length} of ${n} features; ${(json.length / 1e6).toFixed(2)} MB, ${(gzipSync(json).length / 1e6).toFixed(2)} MB gzipped; wrote ${outFile}`);
}
