// CoNLL-2003 dev has been read for years of rule-writing, and the shipped tagger was trained on
// all of train. To see how the whole recognizer does on wire text that neither the tagger nor
// (until it was added) the rules had seen, this retrains the tagger without the last 15% of
// train's documents (the latest stories: as the kept test split is later than train), builds
// the command line with those weights, and scores it on that slice with score-conll.mjs. The same
// is done for eight equal folds of train in turn (cross-validation), so every document of train is
// scored once by a tagger that never saw it.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { cliBuildOptions } from '../cli-build-options.mjs';

export const HELD_OUT_SHARE = 0.15;

export async function heldOut({ root, shared, tmp }) {
  const trainFile = join(shared, 'data/conll2003/train.txt');
  if (!existsSync(trainFile)) return 'CoNLL-2003 train not found: skipped.';
  const docs = trainDocs(trainFile);
  const cut = Math.round(docs.length * (1 - HELD_OUT_SHARE));
  const out = await scoreSlice({ root, shared, dir: join(tmp, 'held-out'), train: docs.slice(0, cut), slice: docs.slice(cut) });
  return `tagger retrained on train's first ${cut} documents; scored on the last ${docs.length - cut}\n` + out;
}

/** Train's documents, each with its -DOCSTART- line. */
export function trainDocs(file) {
  return readFileSync(file, 'utf8').split(/(?=^-DOCSTART-)/m).filter((d) => d.startsWith('-DOCSTART-'));
}

/** Retrains the tagger on `train` (documents), builds the command line with those weights and
 * scores it on `slice` with score-conll.mjs; returns what the scorer printed. */
export async function scoreSlice({ root, shared, dir, train: trainSet, slice }) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'train.txt'), trainSet.join(''));
  writeFileSync(join(dir, 'slice.txt'), slice.join(''));

  const trainer = join(dir, 'train.mjs');
  await build({ entryPoints: [join(root, 'scripts/train/train.ts')], bundle: true, platform: 'node', format: 'esm', outfile: trainer, logLevel: 'error' });
  const { train } = await import(pathToFileURL(trainer).href);
  const model = join(dir, 'ner.json');
  const log = console.log;
  console.log = () => {};
  try {
    train(join(dir, 'train.txt'), null, model, 12);
  } finally {
    console.log = log;
  }

  // The command line as `npm run build:cli` makes it, with the held-out weights in place of the
  // shipped ones.
  const cli = join(dir, 'cli.mjs');
  const swap = { name: 'held-out-model', setup: (b) => b.onResolve({ filter: /model\/ner\.json$/ }, () => ({ path: model })) };
  await build({ ...cliBuildOptions, entryPoints: [join(root, 'cli/main.ts')], outfile: cli, logLevel: 'error', plugins: [swap] });
  const bin = join(dir, 'dossier.mjs');
  writeFileSync(bin, `const { main } = await import(${JSON.stringify(pathToFileURL(cli).href)});\nprocess.exitCode = await main(process.argv.slice(2));\n`);
  const r = spawnSync(process.execPath, [join(shared, 'tools/score-conll.mjs'), join(dir, 'slice.txt'), '--', process.execPath, bin, 'analyze', '--json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  return (r.stdout + r.stderr).trim();
}

export const FOLDS = 8;

/** Cross-validation: train in eight slices of documents, each scored with a tagger retrained
 * on the other seven. Every document of train is scored once by a tagger that never saw it. */
export async function crossValidated({ root, shared, tmp }) {
  const trainFile = join(shared, 'data/conll2003/train.txt');
  if (!existsSync(trainFile)) return 'CoNLL-2003 train not found: skipped.';
  const docs = trainDocs(trainFile);
  const lines = [];
  const f1 = { PER: [], ORG: [] };
  for (let k = 0; k < FOLDS; k++) {
    const a = Math.round((k * docs.length) / FOLDS);
    const b = Math.round(((k + 1) * docs.length) / FOLDS);
    const out = await scoreSlice({ root, shared, dir: join(tmp, `fold-${k}`), train: [...docs.slice(0, a), ...docs.slice(b)], slice: docs.slice(a, b) });
    const score = (type) => Number(new RegExp(`^${type} P [\\d.]+ R [\\d.]+ F1 ([\\d.]+)`, 'm').exec(out)?.[1]);
    for (const t of ['PER', 'ORG']) f1[t].push(score(t));
    lines.push(`documents ${a}-${b}: PER F1 ${score('PER').toFixed(3)}, ORG F1 ${score('ORG').toFixed(3)}`);
  }
  const mean = (xs) => (xs.reduce((x, y) => x + y, 0) / xs.length).toFixed(3);
  return [...lines, `mean of ${FOLDS} folds: PER F1 ${mean(f1.PER)}, ORG F1 ${mean(f1.ORG)}; lowest ORG ${Math.min(...f1.ORG).toFixed(3)}`].join('\n');
}
