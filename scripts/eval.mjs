#!/usr/bin/env node
// Measures Dossier on the shared real data, always through `dossier analyze` / `dossier related`
// (the analysis contract), with the shared scorers. Prints figures; judges nothing.
//   npm run eval [-- --only detect,extract,entities,conll,heldout,folds,ecbnames,related]
import { existsSync, readFileSync, writeFileSync, mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ecbNames } from './eval/ecb-names.mjs';
import { heldOut, crossValidated } from './eval/held-out.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.DOSSIER_SHARED ?? join(root, '..', 'shared'));
const cli = join(root, 'bin', 'dossier.mjs');
const argv = process.argv.slice(2);
const onlyAt = argv.indexOf('--only');
const onlyArg = argv.find((a) => a.startsWith('--only='))?.slice(7) ?? (onlyAt >= 0 ? argv[onlyAt + 1] : undefined);
const only = new Set((onlyArg ?? 'detect,extract,entities,conll,heldout,folds,ecbnames,related').split(','));

if (!existsSync(join(shared, 'data'))) {
  console.log(`Shared data not found at ${shared}: nothing to measure. (Set DOSSIER_SHARED to its path.)`);
  process.exit(0);
}
if (!existsSync(join(root, 'dist', 'cli.mjs'))) spawnSync('npm', ['run', 'build:cli'], { cwd: root, stdio: 'inherit' });

const tmp = mkdtempSync(join(tmpdir(), 'dossier-eval-'));
const run = (args, opts = {}) => spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
const section = (t) => console.log(`\n== ${t}`);

function csv(file) {
  const rows = [];
  const text = readFileSync(file, 'utf8');
  let row = [], cell = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') q = false; else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else if (c !== '\r') cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  const [head, ...body] = rows;
  return body.filter((r) => r.length > 1).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

function analyzeMany(files) {
  const t0 = performance.now();
  const r = run([cli, 'analyze', ...files, '--json']);
  const ms = performance.now() - t0;
  const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return { lines, ms, stderr: r.stderr };
}

try {
  if (only.has('detect')) {
    section('Article detection (data/pages, labels.csv)');
    const pages = [];
    for (const source of readdirSync(join(shared, 'data/pages'))) {
      const labels = join(shared, 'data/pages', source, 'labels.csv');
      if (existsSync(labels)) {
        for (const r of csv(labels)) pages.push({ source, file: join(shared, 'data/pages', source, r.file), label: r.is_news_article === 'true' });
      } else {
        for (const id of readdirSync(join(shared, 'data/pages', source))) {
          const f = join(shared, 'data/pages', source, id, 'source.html');
          if (existsSync(f)) pages.push({ source, file: f, label: true });
        }
      }
    }
    const { lines, ms } = analyzeMany(pages.map((p) => p.file));
    const by = new Map(lines.map((l) => [l.file, l]));
    let tp = 0, fp = 0, tn = 0, fn = 0;
    const wrong = [];
    for (const p of pages) {
      const got = by.get(p.file)?.isArticle === true;
      if (got && p.label) tp++; else if (got) fp++; else if (p.label) fn++; else tn++;
      if (got !== p.label) wrong.push(`${p.label ? 'missed' : 'false article'}: ${p.file.slice(shared.length + 1)} (${by.get(p.file)?.reason ?? by.get(p.file)?.error})`);
    }
    const n = pages.length;
    console.log(`pages ${n}  accuracy ${((tp + tn) / n).toFixed(3)}  precision ${(tp / (tp + fp || 1)).toFixed(3)}  recall ${(tp / (tp + fn || 1)).toFixed(3)}  (tp ${tp} fp ${fp} tn ${tn} fn ${fn})  ${(ms / n).toFixed(1)} ms/page`);
    if (process.argv.includes('--verbose')) wrong.forEach((w) => console.log('  ' + w));
    else if (wrong.length) console.log(`  ${wrong.length} wrong; --verbose lists them`);
  }

  if (only.has('extract')) {
    section('Extraction on the article-extraction benchmark (ground-truth.json)');
    const dir = join(shared, 'data/pages/article-extraction-benchmark');
    const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
    const ids = Object.keys(truth);
    const { lines } = analyzeMany(ids.map((id) => join(dir, 'html', `${id}.html.gz`)));
    // Token-level precision and recall of the extracted body (headline left out) against the
    // true body, as bags of words, averaged over pages; pages judged not to be articles count 0.
    const bag = (s) => {
      const m = new Map();
      for (const w of s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
      return m;
    };
    let P = 0, R = 0, F = 0;
    ids.forEach((id, i) => {
      const a = lines[i];
      const body = a?.isArticle ? a.text.slice(a.text.indexOf('\n\n') + 2) : '';
      const got = bag(body), want = bag(truth[id].articleBody ?? '');
      let common = 0, nGot = 0, nWant = 0;
      for (const [w, c] of got) { nGot += c; common += Math.min(c, want.get(w) ?? 0); }
      for (const c of want.values()) nWant += c;
      const p = nGot ? common / nGot : 0, r = nWant ? common / nWant : 0;
      P += p; R += r; F += p + r ? (2 * p * r) / (p + r) : 0;
    });
    const n = ids.length;
    console.log(`pages ${n}  body precision ${(P / n).toFixed(3)}  recall ${(R / n).toFixed(3)}  F1 ${(F / n).toFixed(3)}`);
  }

  if (only.has('entities')) {
    section('Entities on data/gold (score-entities.mjs)');
    const pairs = [];
    const files = [];
    for (const g of readdirSync(join(shared, 'data/gold')).filter((f) => f.endsWith('.json'))) {
      const gold = JSON.parse(readFileSync(join(shared, 'data/gold', g), 'utf8'));
      const id = g.replace(/\.json$/, '');
      const src = existsSync(join(shared, 'data/seeds', gold.source ?? ''))
        ? join(shared, 'data/seeds', gold.source)
        : join(shared, 'data/pages/readability', id, 'source.html');
      files.push(src);
      pairs.push([join(shared, 'data/gold', g), src]);
    }
    const { lines } = analyzeMany(files);
    const args = pairs.map(([gold, src], i) => {
      const out = join(tmp, `found-${i}.json`);
      writeFileSync(out, JSON.stringify(lines.find((l) => l.file === src) ?? {}));
      return `${gold}=${out}`;
    });
    const verbose = process.argv.includes('--verbose') ? ['--verbose'] : [];
    const r = run([join(shared, 'tools/score-entities.mjs'), ...args, ...verbose]);
    process.stdout.write(r.stdout + r.stderr);
  }

  if (only.has('conll')) {
    section('CoNLL-2003 dev (score-conll.mjs)');
    const r = run([join(shared, 'tools/score-conll.mjs'), join(shared, 'data/conll2003/dev.txt'), '--', process.execPath, cli, 'analyze', '--json']);
    process.stdout.write(r.stdout + r.stderr);
  }

  if (only.has('heldout')) {
    section('CoNLL-2003 train, last 15% held out (scripts/eval/held-out.mjs)');
    console.log(await heldOut({ root, shared, tmp }));
  }

  if (only.has('folds')) {
    section('CoNLL-2003 train in eight folds, each scored with a tagger retrained without it (scripts/eval/held-out.mjs)');
    console.log(await crossValidated({ root, shared, tmp }));
  }

  if (only.has('ecbnames')) {
    section('Names on ECB+ (recall of proper-name mentions; scripts/eval/ecb-names.mjs)');
    console.log(ecbNames({ shared, tmp, analyzeMany }));
  }

  if (only.has('related')) {
    section('Related coverage on ECB+ (score-related.mjs)');
    const r = run([join(shared, 'tools/score-related.mjs'), '--', process.execPath, cli, 'related', '--json']);
    process.stdout.write(r.stdout + r.stderr);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
