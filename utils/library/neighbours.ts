// The second step of related coverage (related.ts): among the best candidates, each article is
// described by its nearest neighbours, and what the target's neighbourhood shares with each
// candidate's is added to their similarity. Articles of one story resemble each other more than
// any of them resembles another story of the same kind, so this carries a story across
// articles that share few words with the one being read. Also the candidate selection.

export interface SecondOrderOptions {
  rounds: number;
  /** Weight of the neighbourhood cosine added each round. */
  weight: number;
  /** Neighbours that describe a node, and the similarity they need. */
  neighbours: number;
  min: number;
}

/**
 * `vectors[i]` is candidate i's unit term vector, `bases[i]` its similarity to the target.
 * Returns, for each candidate, what the rounds add to its similarity.
 */
export function secondOrder(vectors: Map<string, number>[], bases: number[], o: SecondOrderOptions): number[] {
  const m = vectors.length;
  // Vectors over small local term numbers, so that the m²/2 dot products are array lookups
  // rather than string hashing.
  const local = new Map<string, number>();
  const vecs = vectors.map((v) => {
    const ids = new Int32Array(v.size);
    const ws = new Float64Array(v.size);
    let k = 0;
    for (const [t, w] of v) {
      let id = local.get(t);
      if (id === undefined) local.set(t, (id = local.size));
      ids[k] = id;
      ws[k++] = w;
    }
    return { ids, ws };
  });
  const dense = new Float64Array(local.size);
  // sim[i][j] among the target (index 0) and the candidates (1..m).
  const sim: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(m + 1).fill(0));
  bases.forEach((base, i) => (sim[0][i + 1] = sim[i + 1][0] = base));
  for (let i = 0; i < m; i++) {
    const a = vecs[i];
    for (let k = 0; k < a.ids.length; k++) dense[a.ids[k]] = a.ws[k];
    for (let j = i + 1; j < m; j++) {
      const b = vecs[j];
      let s = 0;
      for (let k = 0; k < b.ids.length; k++) s += dense[b.ids[k]] * b.ws[k];
      sim[i + 1][j + 1] = sim[j + 1][i + 1] = s;
    }
    for (let k = 0; k < a.ids.length; k++) dense[a.ids[k]] = 0;
  }
  // Each round describes every node by neighbourhoods that already took the previous rounds
  // into account.
  let cur = sim;
  for (let round = 0; round < o.rounds; round++) {
    const rows = cur.map((row, i) => neighbourhood(row, i, o));
    cur = cur.map((row, i) => row.map((s, j) => (i === j ? 0 : s + o.weight * dot(rows[i], rows[j]))));
  }
  return bases.map((base, i) => cur[0][i + 1] - base);
}

/** A node's strongest neighbours (and itself) as a unit vector. */
function neighbourhood(row: number[], i: number, o: SecondOrderOptions): Map<number, number> {
  const r = new Map<number, number>([[i, 1]]);
  row
    .map((s, j) => [j, s] as const)
    .filter(([j, s]) => j !== i && s > o.min)
    .sort((a, b) => b[1] - a[1])
    .slice(0, o.neighbours)
    .forEach(([j, s]) => r.set(j, s));
  let n = 0;
  for (const w of r.values()) n += w * w;
  n = Math.sqrt(n) || 1;
  for (const [k, w] of r) r.set(k, w / n);
  return r;
}

function dot<K>(a: Map<K, number>, b: Map<K, number>): number {
  if (a.size > b.size) [a, b] = [b, a];
  let s = 0;
  for (const [k, w] of a) {
    const x = b.get(k);
    if (x !== undefined) s += w * x;
  }
  return s;
}

/** The k entries with the highest second element, in no particular order. */
export function topK<T extends [number, number, ...number[]]>(xs: T[], k: number): T[] {
  if (xs.length <= k) return xs;
  const cut = kthLargest(Float64Array.from(xs, (x) => x[1]), k);
  return xs.filter((x) => x[1] >= cut).slice(0, k * 2);
}

/** Quickselect: a full sort of tens of thousands of scores per query is what would hurt. */
export function kthLargest(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  const want = k - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] > pivot) i++;
      while (a[j] < pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    if (want <= j) hi = j;
    else if (want >= i) lo = i;
    else break;
  }
  return a[want];
}
