#!/usr/bin/env node
// Trains the tagger: `npm run train [-- --epochs N]`. Needs ../shared/data/conll2003 (or
// DOSSIER_SHARED); writes utils/nlp/model/ner.json, which is committed so a clone never
// needs to retrain. Only learned weights are written, never the training text.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.DOSSIER_SHARED ?? join(root, '..', 'shared'));
const trainFile = join(shared, 'data/conll2003/train.txt');
if (!existsSync(trainFile)) {
  console.error(`Training data not found at ${trainFile}.`);
  process.exit(2);
}
const epochs = Number(process.argv[process.argv.indexOf('--epochs') + 1]) || 12;
const tmp = mkdtempSync(join(tmpdir(), 'dossier-train-'));
try {
  const out = join(tmp, 'train.mjs');
  await build({ entryPoints: [join(root, 'scripts/train/train.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error' });
  const { train } = await import(pathToFileURL(out).href);
  const dev = join(shared, 'data/conll2003/dev.txt');
  train(trainFile, existsSync(dev) ? dev : null, join(root, 'utils/nlp/model/ner.json'), epochs);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
