#!/usr/bin/env node
// Direct evaluation of the tagger on CoNLL-2003 dev: span-level precision, recall and F1 per type
// (exact match), plus speed. Each document becomes text the way the shared scorer builds it
// (one sentence a line, tokens joined by single spaces) and goes through tokenize + tag.
//   node scripts/eval-conll-direct.mjs [FILE] [--gold-tokens] [--model FILE.json]
// --gold-tokens tags CoNLL's own tokens (no tokenizer) to separate tokenizer from tagger errors.
import { build } from 'esbuild';
import { readFileSync, mkdtempSync, rmSync, copyFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.DOSSIER_SHARED ?? join(root, '..', 'shared'));
const args = process.argv.slice(2);
const opt = (n) => (args.includes(n) ? args[args.indexOf(n) + 1] : null);
const file = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1] === '--model')) ?? join(shared, 'data/conll2003/dev.txt');
const goldTokens = args.includes('--gold-tokens');
const modelFile = opt('--model');

const tmp = mkdtempSync(join(tmpdir(), 'dossier-eval-'));
let mod;
try {
  const out = join(tmp, 'tagger.mjs');
  const plugins = modelFile
    ? [{ name: 'model', setup(b) { b.onResolve({ filter: /model\/ner\.json$/ }, () => ({ path: resolve(modelFile) })); } }]
    : [];
  await build({ entryPoints: [join(root, 'utils/nlp/tagger/index.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error', plugins });
  mod = await import(pathToFileURL(out).href);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const { tagTokens, tagText } = mod;

// Documents: text, gold spans (char offsets), CoNLL tokens with offsets.
const docs = [];
let doc = null;
let sent = [];
const flush = () => {
  if (sent.length) doc.sentences.push(sent);
  sent = [];
};
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (line.startsWith('-DOCSTART-')) {
    if (doc) flush();
    docs.push((doc = { sentences: [] }));
    continue;
  }
  if (!line.trim()) {
    if (doc) flush();
    continue;
  }
  if (!doc) docs.push((doc = { sentences: [] }));
  const [tok, tag] = line.split(/\t| /);
  sent.push([tok, tag ?? 'O']);
}
if (doc) flush();
let words = 0;
for (const d of docs) {
  let text = '';
  d.gold = [];
  d.tokens = [];
  d.sents = [];
  for (const s of d.sentences) {
    if (text) text += '\n';
    const first = d.tokens.length;
    let open = null;
    s.forEach(([tok, tag], i) => {
      if (i) text += ' ';
      const start = text.length;
      text += tok;
      d.tokens.push({ text: tok, start, end: text.length });
      const [bio, type] = tag.split('-');
      if (bio === 'B' || (bio === 'I' && (!open || open.type !== type))) {
        if (open) d.gold.push(open);
        open = { type, start, end: text.length };
      } else if (bio === 'I') open.end = text.length;
      else if (open) {
        d.gold.push(open);
        open = null;
      }
    });
    if (open) d.gold.push(open);
    d.sents.push({ start: d.tokens[first].start, end: text.length, tokenStart: first, tokenEnd: d.tokens.length });
  }
  d.text = text;
  words += d.tokens.length;
}

const run = (d) => (goldTokens ? tagTokens(d.text, d.tokens, d.sents) : tagText(d.text).spans);
// Warm up, then time.
for (const d of docs.slice(0, 20)) run(d);
const t0 = performance.now();
const results = docs.map(run);
const ms = performance.now() - t0;

const types = ['PER', 'ORG', 'LOC', 'MISC'];
const c = Object.fromEntries([...types, 'ALL'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
docs.forEach((d, i) => {
  const key = (s) => `${s.type}:${s.start}:${s.end}`;
  const gold = new Set(d.gold.map(key));
  const guess = new Set(results[i].map(key));
  for (const g of guess) {
    const k = gold.has(g) ? 'tp' : 'fp';
    c[g.split(':')[0]][k]++;
    c.ALL[k]++;
  }
  for (const g of gold)
    if (!guess.has(g)) {
      c[g.split(':')[0]].fn++;
      c.ALL.fn++;
    }
});
if (args.includes('--errors')) {
  // Mistakes with their line, for looking at error kinds (never for lists of dev answers).
  docs.forEach((d, i) => {
    const key = (s) => `${s.type}:${s.start}:${s.end}`;
    const gold = new Map(d.gold.map((s) => [key(s), s]));
    const guess = new Map(results[i].map((s) => [key(s), s]));
    const line = (s) => {
      const a = d.text.lastIndexOf('\n', s.start) + 1;
      const b = d.text.indexOf('\n', s.end);
      return d.text.slice(a, b < 0 ? undefined : b);
    };
    for (const [k, s] of guess) if (!gold.has(k)) console.log(`FP ${s.type} [${d.text.slice(s.start, s.end)}] ${line(s)}`);
    for (const [k, s] of gold) if (!guess.has(k)) console.log(`FN ${s.type} [${d.text.slice(s.start, s.end)}] ${line(s)}`);
  });
}
// Steady state: the same documents again, caches warm.
const t1 = performance.now();
docs.forEach(run);
const ms2 = performance.now() - t1;
console.log(`${file} (${goldTokens ? 'CoNLL tokens' : 'tokenizer'}): ${docs.length} documents, ${words} words`);
console.log('type    P       R       F1');
for (const [t, x] of Object.entries(c)) {
  const p = x.tp / (x.tp + x.fp || 1);
  const r = x.tp / (x.tp + x.fn || 1);
  const f = (2 * p * r) / (p + r || 1);
  console.log(`${t.padEnd(6)}  ${p.toFixed(4)}  ${r.toFixed(4)}  ${f.toFixed(4)}`);
}
console.log(`speed: ${Math.round(words / (ms / 1000)).toLocaleString('en')} words/s (${ms.toFixed(0)} ms, first pass, cold caches); steady state ${Math.round(words / (ms2 / 1000)).toLocaleString('en')} words/s`);
