// Word classes (utils/nlp/model/clusters.json, written by `npm run clusters`): the class path
// of each of the 200,000 most frequent words, like "p.4.2", parents first.
// Words sit in hash buckets as " word class word class ", so a lookup is a hash and a short
// string search, with nothing to build first.
import data from '../model/clusters.json';

export const BUCKETS = 8192;

/** FNV-1a over UTF-16 code units, to a bucket. */
export function bucketOf(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 16777619);
  return (h >>> 0) & (BUCKETS - 1);
}

const model = data as { classes: string; buckets: string[] };
let classes: string[] | null = null;

/** The class path of a lower-cased word, or undefined for a word outside the vocabulary. */
export function wordClass(lower: string): string | undefined {
  const bucket = model.buckets[bucketOf(lower)];
  const at = bucket.indexOf(' ' + lower + ' ');
  if (at < 0) return undefined;
  const from = at + lower.length + 2;
  const id = parseInt(bucket.slice(from, bucket.indexOf(' ', from)), 36);
  return (classes ??= model.classes.split('\n'))[id];
}

/** The class path cut to its first `levels` levels. */
export function classPrefix(path: string, levels: number): string {
  let i = -1;
  for (let k = 0; k < levels; k++) {
    i = path.indexOf('.', i + 1);
    if (i < 0) return path;
  }
  return path.slice(0, i);
}
