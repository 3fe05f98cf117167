// Speed of the full analysis in Node (tokenize, tag, officials, identity, summary) beside
// compromise's people()/organizations() on the same texts, in the same run. The two are timed
// in alternating pairs on the same half of the texts, so a slow spell of the machine (this is a
// shared VM whose speed drifts by a third within minutes) weighs on both sides of each ratio.
import nlp from 'compromise';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { analyzeText } from '../../utils/analyze';

export interface Texts {
  source: string;
  texts: string[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const words = (s: string) => (s.match(/\S+/g) ?? []).length;
const PAIRS = 6;

/** `npm run bench` runs Node with --expose-gc: each side starts on a collected heap, so neither
 * pays for the other's garbage. Twice: V8 sweeps a collection's dead pages on a helper thread
 * and lazily after gc() returns, so after one collection the side timed next still paid for
 * sweeping the other's garbage (Dossier ran 4-6% slower after compromise than after itself);
 * a second collection first finishes the first's sweeping and leaves little of its own. */
const gc = (globalThis as { gc?: () => void }).gc;

function timeAll(texts: string[], fn: (t: string) => unknown, collect = false): number {
  if (collect) {
    gc?.();
    gc?.();
  }
  const t0 = performance.now();
  for (const t of texts) fn(t);
  return performance.now() - t0;
}

/** CPU time stolen by the hypervisor so far, in ticks (Linux only). */
function stolen(): number | null {
  try {
    return Number(readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/)[8]);
  } catch {
    return null;
  }
}

export function benchAnalysis({ source, texts }: Texts): void {
  const total = texts.reduce((n, t) => n + words(t), 0);
  const ours = (t: string) => analyzeText({ text: t });
  const compromise = (t: string) => {
    const d = nlp(t);
    d.people().out('array');
    d.organizations().out('array');
  };
  const halves = [texts.filter((_, i) => i % 2 === 0), texts.filter((_, i) => i % 2 === 1)];
  const halfWords = halves.map((h) => h.reduce((n, t) => n + words(t), 0));
  // Warm up both to their steady state (the issue's measure): the JIT's tiers, and the caches
  // of word facts that fill on a first pass over the words (compromise builds its lexicon
  // once). Each side runs over the texts until a pass is no more than 3% faster than the one
  // before (V8 keeps optimising a large program for several passes), at most eight times.
  const warm = (fn: (t: string) => unknown, set: string[], max: number) => {
    let last = 0;
    let n = 0;
    while (n < max) {
      const wps = 1 / timeAll(set, fn, true);
      n++;
      if (last && wps < last * 1.03) break;
      last = Math.max(last, wps);
    }
    return n;
  };
  const warmOurs = warm(ours, texts, 8);
  const warmTheirs = warm(compromise, halves[0], 8);
  const oursWps: number[] = [];
  const theirWps: number[] = [];
  const ratios: number[] = [];
  const steal0 = stolen();
  const load0 = loadavg()[0];
  for (let p = 0; p < PAIRS; p++) {
    const h = p % 2;
    const a = halfWords[h] / (timeAll(halves[h], ours, true) / 1000);
    const b = halfWords[h] / (timeAll(halves[h], compromise, true) / 1000);
    oursWps.push(a);
    theirWps.push(b);
    ratios.push(a / b);
  }
  const steal1 = stolen();
  const fmt = (n: number) => Math.round(n).toLocaleString('en');
  console.log(`texts: ${texts.length} from ${source}, ${total.toLocaleString('en')} words, timed as ${PAIRS} alternating pairs on halves of them, after warming up to a steady pass (dossier ${warmOurs} passes over all the texts, compromise ${warmTheirs} over half of them)`);
  console.log(`machine during the run: load average ${load0.toFixed(2)} at the start, ${loadavg()[0].toFixed(2)} at the end${steal0 !== null && steal1 !== null ? `; ${steal1 - steal0} ticks stolen by the hypervisor` : ''}`);
  console.log(`dossier full analysis: ${fmt(median(oursWps))} words/s (median; range ${fmt(Math.min(...oursWps))}–${fmt(Math.max(...oursWps))})`);
  console.log(`compromise people()+organizations(): ${fmt(median(theirWps))} words/s (median; range ${fmt(Math.min(...theirWps))}–${fmt(Math.max(...theirWps))})`);
  console.log(`speed-up: ${median(ratios).toFixed(1)}x (median of the pairs' ratios; range ${Math.min(...ratios).toFixed(1)}–${Math.max(...ratios).toFixed(1)}x)`);
  const article = texts.find((t) => words(t) > 800) ?? texts[0];
  const one = median(Array.from({ length: 30 }, () => timeAll([article], ours)));
  console.log(`one ${words(article)}-word article: ${one.toFixed(2)} ms (median of 30)`);
}
