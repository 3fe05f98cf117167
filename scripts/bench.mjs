#!/usr/bin/env node
// Budgets, printed (never asserted): analysis speed against compromise, bundle sizes, and
// the library's related-coverage query at 10k/100k articles. Browser timings are in
// tests/e2e/bench-browser.mjs when the builds exist.
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync, statSync, mkdtempSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve, dirname } from 'node:path';
import { tmpdir, cpus, totalmem } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.DOSSIER_SHARED ?? join(root, '..', 'shared'));
console.log(`machine: ${cpus()[0]?.model ?? 'cpu'} x${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);

const tmp = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
try {
  const out = join(tmp, 'bench.mjs');
  await build({ entryPoints: [join(root, 'scripts/bench/analysis.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error' });
  const { benchAnalysis } = await import(pathToFileURL(out).href);
  let texts;
  const ecb = join(shared, 'data/ecbplus/documents.jsonl');
  if (existsSync(ecb)) {
    texts = { source: 'ECB+ (shared/data/ecbplus)', texts: readFileSync(ecb, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text) };
  } else {
    const dir = join(root, 'tests/fixtures/pages');
    const plain = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8').replace(/<[^>]+>/g, ' '));
    texts = { source: 'the project’s own fixture pages (shared data absent)', texts: Array.from({ length: 40 }, (_, i) => plain[i % plain.length]) };
  }
  console.log('\n== Analysis speed (Node)');
  benchAnalysis(texts);

  console.log('\n== Build sizes');
  for (const target of ['chrome-mv3', 'firefox-mv2']) {
    const dir = join(root, '.output', target);
    if (!existsSync(dir)) {
      console.log(`${target}: not built (npm run build)`);
      continue;
    }
    const files = [];
    const walk = (d) => readdirSync(d).forEach((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : files.push(join(d, f))));
    walk(dir);
    const gz = (f) => gzipSync(readFileSync(f)).length;
    const total = files.reduce((n, f) => n + gz(f), 0);
    const content = files.filter((f) => /(^|\/)detector\.js$/.test(f)).reduce((n, f) => n + gz(f), 0);
    const bg = files.filter((f) => /background\.js$/.test(f)).reduce((n, f) => n + gz(f), 0);
    const analyzer = files.filter((f) => /analyzer\.js$/.test(f)).reduce((n, f) => n + gz(f), 0);
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`${target}: whole build ${kb(total)} gzipped; every-page content script ${kb(content)}; analyser (articles only) ${kb(analyzer)}; background ${kb(bg)}`);
  }

  console.log('\n== Library');
  const libOut = join(tmp, 'library.mjs');
  await build({ entryPoints: [join(root, 'scripts/bench/library.ts')], bundle: true, platform: 'node', format: 'esm', outfile: libOut, logLevel: 'error' });
  (await import(pathToFileURL(libOut).href)).benchLibrary();
  const browserBench = join(root, 'tests/e2e/bench-browser.mjs');
  if (existsSync(browserBench) && existsSync(join(root, '.output/chrome-mv3')) && existsSync('/usr/bin/chromium')) {
    console.log('\n== In the browser (headless Chromium)');
    spawnSync(process.execPath, [browserBench], { stdio: 'inherit', cwd: root });
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
