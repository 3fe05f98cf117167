// Trains the averaged-perceptron tagger on CoNLL-2003 train and writes the pruned, quantised
// weights to utils/nlp/model/ner.json. Run through scripts/train.mjs.
import { writeFileSync } from 'node:fs';
import { LABELS, wordFeatures, contextFeatures, tagFeatures, documentFacts, makeContext, History } from '../../utils/nlp/tagger/features';
import { readConll, spansOf, type TaggedSentence } from './conll';

const NL = LABELS.length;
const LABEL_ID = new Map<string, number>(LABELS.map((l, i) => [l, i]));

/** I-X may only follow B-X or I-X. */
export function allowed(prev: number, next: number): boolean {
  const n = LABELS[next];
  if (!n.startsWith('I-')) return true;
  const p = LABELS[prev] ?? 'O';
  return p.slice(2) === n.slice(2) && p !== 'O';
}

class Perceptron {
  ids = new Map<string, number>();
  w: Float64Array = new Float64Array(1 << 20);
  u: Float64Array = new Float64Array(1 << 20);
  c = 1;

  id(f: string, grow: boolean): number {
    let k = this.ids.get(f);
    if (k === undefined) {
      if (!grow) return -1;
      k = this.ids.size;
      this.ids.set(f, k);
      if ((k + 1) * NL > this.w.length) {
        const w = new Float64Array(this.w.length * 2);
        w.set(this.w);
        this.w = w;
        const u = new Float64Array(this.u.length * 2);
        u.set(this.u);
        this.u = u;
      }
    }
    return k;
  }

  score(fs: number[], out: Float64Array): void {
    out.fill(0);
    for (const k of fs) {
      if (k < 0) continue;
      const o = k * NL;
      for (let c = 0; c < NL; c++) out[c] += this.w[o + c];
    }
  }

  update(fs: number[], gold: number, guess: number): void {
    for (const k of fs) {
      if (k < 0) continue;
      const o = k * NL;
      this.w[o + gold] += 1;
      this.u[o + gold] += this.c;
      this.w[o + guess] -= 1;
      this.u[o + guess] -= this.c;
    }
  }
}

interface Prepared {
  static: number[][];
  tokens: string[];
  lower: string[];
  gold: number[];
}

function prepare(p: Perceptron, docs: TaggedSentence[][], grow: boolean): Prepared[][] {
  const all: Prepared[][] = [];
  for (const doc of docs) {
    const facts = documentFacts(doc.map((s) => s.tokens));
    const out: Prepared[] = [];
    all.push(out);
    for (const s of doc) {
      const ctx = makeContext(s.tokens, facts);
      out.push({
        tokens: s.tokens,
        static: s.tokens.map((w, i) => [...wordFeatures(w), ...contextFeatures(ctx, i)].map((f) => p.id(f, grow))),
        lower: ctx.lower,
        gold: s.tags.map((t) => LABEL_ID.get(t) ?? 0),
      });
    }
  }
  return all;
}

function decode(p: Perceptron, s: Prepared, train: boolean, history: History): number[] {
  const scores = new Float64Array(NL);
  const tags: number[] = [];
  for (let i = 0; i < s.static.length; i++) {
    const prev = i > 0 ? LABELS[tags[i - 1]] : '<s>';
    const prev2 = i > 1 ? LABELS[tags[i - 2]] : '<s>';
    const dyn = tagFeatures(prev, prev2, s.lower[i]);
    const h = history.feature(s.tokens[i]);
    if (h) dyn.push(h);
    const dynIds = dyn.map((f) => p.id(f, train));
    const fs = [...s.static[i], ...dynIds];
    p.score(fs, scores);
    let best = 0;
    let bestScore = -Infinity;
    for (let c = 0; c < NL; c++) {
      if (!allowed(i > 0 ? tags[i - 1] : 0, c)) continue;
      if (scores[c] > bestScore) {
        bestScore = scores[c];
        best = c;
      }
    }
    // The history holds the tagger's own choices, in training too, as it will at run time.
    history.record(s.tokens[i], LABELS[best]);
    if (train) {
      if (best !== s.gold[i]) p.update(fs, s.gold[i], best);
      p.c++;
      // Continue from the gold tag so that one error does not derail the rest of the sentence.
      tags.push(s.gold[i]);
    } else tags.push(best);
  }
  return tags;
}

export function evaluate(p: Perceptron, data: Prepared[][], errors?: string[]): Record<string, { p: number; r: number; f: number }> {
  const count: Record<string, { tp: number; fp: number; fn: number }> = {};
  for (const doc of data) {
   const history = new History();
   for (const s of doc) {
    const guess = new Set(spansOf(decode(p, s, false, history).map((t) => LABELS[t])));
    const gold = new Set(spansOf(s.gold.map((t) => LABELS[t])));
    for (const g of guess) {
      const ty = g.split(':')[0];
      count[ty] ??= { tp: 0, fp: 0, fn: 0 };
      if (gold.has(g)) count[ty].tp++;
      else count[ty].fp++;
    }
    for (const g of gold) if (!guess.has(g)) (count[g.split(':')[0]] ??= { tp: 0, fp: 0, fn: 0 }).fn++;
    if (errors) {
      const show = (g: string) => { const [ty, a, b] = g.split(':'); return ty + ' ' + s.tokens.slice(+a, +b).join(' '); };
      for (const g of guess) if (!gold.has(g)) errors.push('+ ' + show(g) + '\t| ' + s.tokens.join(' ').slice(0, 120));
      for (const g of gold) if (!guess.has(g)) errors.push('- ' + show(g) + '\t| ' + s.tokens.join(' ').slice(0, 120));
    }
   }
  }
  const out: Record<string, { p: number; r: number; f: number }> = {};
  for (const [ty, c] of Object.entries(count)) {
    const pr = c.tp / (c.tp + c.fp || 1);
    const re = c.tp / (c.tp + c.fn || 1);
    out[ty] = { p: +pr.toFixed(4), r: +re.toFixed(4), f: +((2 * pr * re) / (pr + re || 1)).toFixed(4) };
  }
  return out;
}

function shuffle<T>(xs: T[], seed: number): T[] {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

export function train(trainFile: string, devFile: string | null, outFile: string, epochs: number): void {
  const p = new Perceptron();
  const t0 = Date.now();
  const trainData = prepare(p, readConll(trainFile), true);
  console.log(`prepared ${trainData.length} documents, ${p.ids.size} features (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  const devDocs = devFile ? readConll(devFile) : null;
  const devData = devDocs ? prepare(p, devDocs, false) : null;
  for (let e = 0; e < epochs; e++) {
    for (const doc of shuffle(trainData, e + 1)) {
      const history = new History();
      for (const s of doc) decode(p, s, true, history);
    }
    console.log(`epoch ${e + 1} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
  // Average: w - u / c.
  for (let i = 0; i < p.ids.size * NL; i++) p.w[i] -= p.u[i] / p.c;
  const errors: string[] | undefined = process.env.DOSSIER_ERRORS ? [] : undefined;
  if (devData) console.log('dev (averaged, unpruned):', JSON.stringify(evaluate(p, devData, errors)));
  if (errors) writeFileSync(process.env.DOSSIER_ERRORS!, errors.join('\n') + '\n');
  // DOSSIER_NO_SAVE=1 measures a change to the features without touching the committed model.
  if (process.env.DOSSIER_NO_SAVE) return;
  save(p, outFile);
  if (devDocs) {
    const pr = loadBack(p);
    console.log('dev (as shipped):', JSON.stringify(evaluate(pr, prepare(pr, devDocs, false))));
  }
}

let shipped: { ids: Map<string, number>; w: Float64Array } | null = null;

/** Prune features that barely move any score, quantise to int16, and write the model. */
function save(p: Perceptron, outFile: string, maxFeatures = 160000): void {
  const rows: [string, number, number][] = [];
  let max = 0;
  for (const [f, k] of p.ids) {
    let m = 0;
    for (let c = 0; c < NL; c++) m = Math.max(m, Math.abs(p.w[k * NL + c]));
    max = Math.max(max, m);
    rows.push([f, k, m]);
  }
  rows.sort((a, b) => b[2] - a[2]);
  const keep = rows.slice(0, maxFeatures).filter((r) => r[2] > 0);
  const scale = max / 32767;
  const q = new Int16Array(keep.length * NL);
  keep.forEach(([, k], j) => {
    for (let c = 0; c < NL; c++) q[j * NL + c] = Math.round(p.w[k * NL + c] / scale);
  });
  const model = { labels: LABELS, scale, features: keep.map(([f]) => f).join('\n'), weights: Buffer.from(q.buffer).toString('base64') };
  writeFileSync(outFile, JSON.stringify(model));
  shipped = { ids: new Map(keep.map(([f], j) => [f, j])), w: Float64Array.from(q, (x) => x * scale) };
  console.log(`kept ${keep.length} of ${p.ids.size} features; wrote ${outFile}`);
}

function loadBack(p: Perceptron): Perceptron {
  const r = new Perceptron();
  r.ids = shipped!.ids;
  r.w = shipped!.w;
  void p;
  return r;
}
