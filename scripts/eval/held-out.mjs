// CoNLL-2003 dev has been read for years of rule-writing, and the shipped tagger was trained on
// all of train. To see how the whole recognizer does on wire text that neither the tagger nor
// (until it was added) the rules had seen, this retrains the tagger without the last 15% of
// train's documents (the latest stories: as the kept test split is later than train), builds
// the command line with those weights, and scores it on that slice with score-conll.mjs.
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
  const docs = readFileSync(trainFile, 'utf8').split(/(?=^-DOCSTART-)/m).filter((d) => d.startsWith('-DOCSTART-'));
  const cut = Math.round(docs.length * (1 - HELD_OUT_SHARE));
  const dir = join(tmp, 'held-out');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'train.txt'), docs.slice(0, cut).join(''));
  writeFileSync(join(dir, 'slice.txt'), docs.slice(cut).join(''));

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
  return `tagger retrained on train's first ${cut} documents; scored on the last ${docs.length - cut}\n` + (r.stdout + r.stderr).trim();
}
