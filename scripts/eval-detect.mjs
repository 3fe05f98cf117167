#!/usr/bin/env node
// Article detection and extraction, measured directly (no command line in between) on the
// shared labelled pages:
//   - detection: accuracy, precision, recall of extractArticle(...).isArticle against every
//     labels.csv under data/pages (the readability folder's pages are all articles);
//   - the quick pre-check: how many articles it lets through, and its cost;
//   - extraction: token-level precision/recall/F1 of the extracted body against the
//     article-extraction benchmark's true bodies;
//   - speed: ms per page for the full extraction (Readability on linkedom).
//
//   node scripts/eval-detect.mjs [--verbose] [--only detect|extract] [--json-out FILE]
import { existsSync, readFileSync, readdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.DOSSIER_SHARED ?? '/work/shared');
const pagesDir = join(shared, 'data', 'pages');
const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose');
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? new Set(argv[onlyAt + 1].split(',')) : new Set(['detect', 'extract']);

if (!existsSync(pagesDir)) {
  console.log(`shared data not found at ${pagesDir}`);
  process.exit(0);
}

// Bundle the TypeScript for Node once, into a temporary folder.
const tmp = mkdtempSync(join(tmpdir(), 'dossier-eval-detect-'));
const bundle = join(tmp, 'article.mjs');
const esbuild = join(root, 'node_modules', '.bin', 'esbuild');
const built = spawnSync(esbuild, [join(root, 'utils/article/index.ts'), '--bundle', '--platform=node', '--format=esm', `--outfile=${bundle}`, '--log-level=error', `--alias:@=${root}`], { encoding: 'utf8' });
if (built.status !== 0) {
  console.error(built.stderr || built.error?.message);
  process.exit(1);
}
const { extractArticle, quickCheck } = await import(pathToFileURL(bundle).href);
const { parseHTML } = await import('linkedom');

function csv(file) {
  const text = readFileSync(file, 'utf8');
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else if (c !== '\r') cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  const [head, ...body] = rows;
  return body.filter((r) => r.length > 1).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

const readPage = (file) => {
  const buf = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
};

/** Every labelled page: { source, id, file, url, label }. */
function labelledPages() {
  const out = [];
  for (const source of readdirSync(pagesDir).sort()) {
    const dir = join(pagesDir, source);
    const labels = join(dir, 'labels.csv');
    if (existsSync(labels)) {
      for (const r of csv(labels)) out.push({ source, id: r.id || r.file, file: join(dir, r.file), url: r.url || null, label: r.is_news_article === 'true' });
    } else if (existsSync(dir) && !dir.endsWith('.md')) {
      for (const id of readdirSync(dir)) {
        const f = join(dir, id, 'source.html');
        if (existsSync(f)) out.push({ source, id, file: f, url: null, label: true });
      }
    }
  }
  return out;
}

const results = new Map();
let totalMs = 0;
let quickMs = 0;
let quickMax = 0;
function analyse(page) {
  if (results.has(page.file)) return results.get(page.file);
  const html = readPage(page.file);
  const { document } = parseHTML(html);
  const q0 = performance.now();
  const quick = quickCheck(document, page.url ?? 'https://example.invalid/unknown/page');
  const qms = performance.now() - q0;
  quickMs += qms;
  quickMax = Math.max(quickMax, qms);
  const t0 = performance.now();
  const ex = extractArticle(document, page.url);
  totalMs += performance.now() - t0;
  const r = { ex, quick };
  results.set(page.file, r);
  return r;
}

const pct = (x) => x.toFixed(3);
try {
  const pages = labelledPages();
  if (only.has('detect')) {
    console.log('== Article detection (data/pages/*/labels.csv, readability pages as articles)');
    let tp = 0, fp = 0, tn = 0, fn = 0, quickPass = 0, quickNeg = 0, quickNegPass = 0;
    const wrong = [];
    const bySource = new Map();
    const signals = new Map();
    for (const p of pages) {
      const { ex, quick } = analyse(p);
      const got = ex.isArticle;
      if (got && p.label) tp++;
      else if (got) fp++;
      else if (p.label) fn++;
      else tn++;
      if (p.label && quick.likely) quickPass++;
      const key = `${p.label ? 'article' : 'other'}: ${quick.signal}`;
      signals.set(key, (signals.get(key) ?? 0) + 1);
      if (!p.label) quickNeg++, (quickNegPass += quick.likely ? 1 : 0);
      if (p.label && !quick.likely) wrong.push(`quick check missed: ${p.source}/${p.file.split('/').pop()} (${quick.signal})`);
      const s = bySource.get(p.source) ?? { n: 0, ok: 0 };
      s.n++;
      s.ok += got === p.label ? 1 : 0;
      bySource.set(p.source, s);
      if (got !== p.label) wrong.push(`${p.label ? 'missed article' : 'false article'}: ${p.source}/${p.file.split('/').pop()} ${p.url ?? ''} — ${ex.reason}`);
    }
    const n = pages.length;
    console.log(`pages ${n}  accuracy ${pct((tp + tn) / n)}  precision ${pct(tp / (tp + fp || 1))}  recall ${pct(tp / (tp + fn || 1))}  (tp ${tp} fp ${fp} tn ${tn} fn ${fn})`);
    for (const [s, v] of bySource) console.log(`  ${s}: ${v.ok}/${v.n} right`);
    console.log(`quick check: lets through ${quickPass}/${tp + fn} articles and ${quickNegPass}/${quickNeg} non-articles; ${(quickMs / n).toFixed(3)} ms/page mean, ${quickMax.toFixed(2)} ms max (linkedom)`);
    if (verbose) {
      console.log('quick check signals:');
      for (const [k, v] of [...signals].sort()) console.log(`  ${v}\t${k}`);
      wrong.forEach((w) => console.log('  ' + w));
    }
    else if (wrong.length) console.log(`  ${wrong.length} wrong; --verbose lists them`);
  }

  if (only.has('extract')) {
    console.log('\n== Extraction (article-extraction-benchmark/ground-truth.json)');
    const dir = join(pagesDir, 'article-extraction-benchmark');
    const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
    const byId = new Map(pages.filter((p) => p.source === 'article-extraction-benchmark').map((p) => [p.id, p]));
    // Token bags (letters and digits, lower case); the headline is left out of the body.
    const bag = (s) => {
      const m = new Map();
      for (const w of s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
      return m;
    };
    let P = 0, R = 0, F = 0, n = 0;
    const worst = [];
    for (const id of Object.keys(truth)) {
      const p = byId.get(id) ?? { source: 'article-extraction-benchmark', id, file: join(dir, 'html', `${id}.html.gz`), url: truth[id].url, label: true };
      if (!existsSync(p.file)) continue;
      const { ex } = analyse(p);
      const first = ex.blocks.find((b) => b.kind !== 'title');
      const body = first ? ex.text.slice(first.start) : '';
      const got = bag(body);
      const want = bag(truth[id].articleBody ?? '');
      let common = 0, nGot = 0, nWant = 0;
      for (const [w, c] of got) (nGot += c), (common += Math.min(c, want.get(w) ?? 0));
      for (const c of want.values()) nWant += c;
      const pr = nGot ? common / nGot : 0;
      const rc = nWant ? common / nWant : 0;
      const f = pr + rc ? (2 * pr * rc) / (pr + rc) : 0;
      P += pr, R += rc, F += f, n++;
      worst.push({ f, pr, rc, id, url: truth[id].url });
    }
    console.log(`pages ${n}  body precision ${pct(P / n)}  recall ${pct(R / n)}  F1 ${pct(F / n)}`);
    if (verbose) {
      worst.sort((a, b) => a.f - b.f);
      for (const w of worst.slice(0, 20)) console.log(`  F1 ${pct(w.f)} (P ${pct(w.pr)} R ${pct(w.rc)}) ${w.id.slice(0, 12)} ${w.url}`);
    }
  }
  console.log(`\nspeed: ${(totalMs / results.size).toFixed(1)} ms/page for extractArticle over ${results.size} pages (Readability on linkedom, Node ${process.versions.node})`);
  if (argv.includes('--json-out')) {
    const out = argv[argv.indexOf('--json-out') + 1];
    writeFileSync(out, JSON.stringify([...results].map(([file, r]) => ({ file, isArticle: r.ex.isArticle, reason: r.ex.reason, meta: r.ex.meta, words: r.ex.wordCount, quick: r.quick })), null, 1));
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
