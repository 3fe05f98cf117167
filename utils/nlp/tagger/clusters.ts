// Word classes (utils/nlp/model/clusters.json, written by `npm run clusters`): the class path
// of each of the 200,000 most frequent words, like "p.4.2", parents first. Unpacked once.
import data from '../model/clusters.json';

let table: Map<string, string> | null = null;

function load(): Map<string, string> {
  const t = new Map<string, string>();
  for (const line of (data as { classes: string }).classes.split('\n')) {
    const tab = line.indexOf('\t');
    const path = line.slice(0, tab);
    for (const w of line.slice(tab + 1).split(' ')) t.set(w, path);
  }
  return t;
}

/** The class path of a lower-cased word, or undefined for a word outside the vocabulary. */
export function wordClass(lower: string): string | undefined {
  return (table ??= load()).get(lower);
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
