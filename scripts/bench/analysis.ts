// Speed of the full analysis in Node (tokenize, tag, officials, identity, summary) beside
// compromise's people()/organizations() on the same texts, in the same run.
import nlp from 'compromise';
import { analyzeText } from '../../utils/analyze';

export interface Texts {
  source: string;
  texts: string[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const words = (s: string) => (s.match(/\S+/g) ?? []).length;

function timeAll(texts: string[], fn: (t: string) => unknown, runs: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (const t of texts) fn(t);
    out.push(performance.now() - t0);
  }
  return out;
}

export function benchAnalysis({ source, texts }: Texts): void {
  const total = texts.reduce((n, t) => n + words(t), 0);
  // Warm up: JIT and the model's lookups.
  timeAll(texts.slice(0, 50), (t) => analyzeText({ text: t }), 2);
  const ours = median(timeAll(texts, (t) => analyzeText({ text: t }), 5));
  // compromise gets the same treatment: warmed up, then the median of several runs (3, as one
  // run takes ~15 s).
  const compromise = (t: string) => {
    const d = nlp(t);
    d.people().out('array');
    d.organizations().out('array');
  };
  timeAll(texts.slice(0, 50), compromise, 2);
  const theirs = median(timeAll(texts, compromise, 3));
  const wps = (ms: number) => Math.round(total / (ms / 1000));
  console.log(`texts: ${texts.length} from ${source}, ${total.toLocaleString('en')} words`);
  console.log(`dossier full analysis: ${wps(ours).toLocaleString('en')} words/s (median of 5 runs, ${ours.toFixed(0)} ms)`);
  console.log(`compromise people()+organizations(): ${wps(theirs).toLocaleString('en')} words/s (median of 3 runs, ${theirs.toFixed(0)} ms)`);
  console.log(`speed-up: ${(theirs / ours).toFixed(1)}x`);
  const article = texts.find((t) => words(t) > 800) ?? texts[0];
  const one = median(timeAll([article], (t) => analyzeText({ text: t }), 30));
  console.log(`one ${words(article)}-word article: ${one.toFixed(2)} ms (median of 30)`);
}
