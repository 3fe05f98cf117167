import { GIVEN_NAMES } from '../lexicon/given-names';
import { GAZETTEER_COUNTRY_OF as COUNTRY_OF, GAZETTEER_DEMONYMS as DEMONYMS } from '../lexicon/places';
import { ORG_FORMS } from '../lexicon/organisations';
import { PUBLIC_HEAD, PRIVATE_HEAD, HONORIFICS } from '../lexicon/titles';
import { wordClass, classPrefix } from './clusters';

// Features of the named-entity tagger, shared by training (scripts/train.mjs) and the
// extension, so the two can never disagree. Features split in two: those of the word alone
// (cached per word type at run time) and those of its context (the neighbours, the sentence,
// the document, the tags already chosen to its left).

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];

/** Word shape with runs collapsed: "Wang" -> "Xx", "U.S." -> "X.X.", "2025" -> "d". */
const shapeCache = new Map<string, string>();

export function shape(w: string): string {
  const hit = shapeCache.get(w);
  if (hit !== undefined) return hit;
  const out = computeShape(w);
  if (shapeCache.size > 100000) shapeCache.clear();
  shapeCache.set(w, out);
  return out;
}

function computeShape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Features of a word on its own. */
export function wordFeatures(w: string): string[] {
  const lw = w.toLowerCase();
  const f = ['b', 'w=' + w, 'lw=' + lw, 'sh=' + shape(w)];
  const n = lw.length;
  for (let k = 1; k <= 4 && k < n; k++) f.push(`p${k}=${lw.slice(0, k)}`, `s${k}=${lw.slice(n - k)}`);
  if (w.includes('-')) f.push('hyph');
  if (/\p{N}/u.test(w)) f.push('digit');
  if (n === 1) f.push('len1');
  // Gazetteers: facts about names, so that unseen names in today's news are still recognised.
  if (GIVEN_NAMES.has(lw)) f.push('gz:given');
  if (DEMONYMS.has(lw)) f.push('gz:demonym');
  else if (COUNTRY_OF.has(lw)) f.push('gz:place');
  if (ORG_FORMS.has(w)) f.push('gz:org');
  // Word classes: what the word is like, learned from how it is used in a large corpus.
  const cls = wordClass(lw);
  if (cls === undefined) f.push('c:oov');
  else f.push('c1=' + classPrefix(cls, 1), 'c2=' + classPrefix(cls, 2), 'c3=' + cls);
  return f;
}

export interface Context {
  /** Lower-cased tokens of the sentence. */
  lower: string[];
  tokens: string[];
  shapes: string[];
  /** The whole sentence is in capitals (a headline, a byline). */
  capsLine: boolean;
  /** For each token: the same word appears capitalised inside some sentence of the document. */
  capsElsewhere: boolean[];
  /** For each token: the same word appears lower-cased somewhere in the document. */
  lowerElsewhere: boolean[];
}

/** Context features of token i of a sentence, without the tags to its left. */
export function contextFeatures(c: Context, i: number): string[] {
  const n = c.tokens.length;
  const at = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : c.lower[k]);
  const sh = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : c.shapes[k]);
  const cl = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : contextClass(c.lower[k]));
  const f = [
    'w-1=' + at(i - 1),
    'w+1=' + at(i + 1),
    'w-2=' + at(i - 2),
    'w+2=' + at(i + 2),
    'sh-1=' + sh(i - 1),
    'sh+1=' + sh(i + 1),
    'sh-1,0=' + sh(i - 1) + '|' + c.shapes[i],
    'sh0,+1=' + c.shapes[i] + '|' + sh(i + 1),
    'w-1,0=' + at(i - 1) + '|' + c.lower[i],
    'w0,+1=' + c.lower[i] + '|' + at(i + 1),
    'cl-1=' + cl(i - 1),
    'cl+1=' + cl(i + 1),
  ];
  if (i === 0) f.push('first', 'first|sh=' + c.shapes[i]);
  if (c.capsLine) f.push('caps|lw=' + c.lower[i]);
  if (c.lowerElsewhere[i]) f.push('lowdoc|sh=' + c.shapes[i]);
  f.push(...contextFlags(c, i));
  return f;
}

/** The class of a neighbouring word, at the middle level; "-" outside the vocabulary. */
export function contextClass(lower: string): string {
  const cls = wordClass(lower);
  return cls === undefined ? '-' : classPrefix(cls, 2);
}

/** Context features that take no argument (the run-time tagger scores these by name). */
export function contextFlags(c: Context, i: number): string[] {
  const f: string[] = [];
  if (c.capsLine) f.push('caps');
  if (c.capsElsewhere[i]) f.push('capsdoc');
  if (c.lowerElsewhere[i]) f.push('lowdoc');
  const before = i > 0 ? c.lower[i - 1] : '';
  if (PUBLIC_HEAD.has(before) || PRIVATE_HEAD.has(before)) f.push('after-title');
  if (HONORIFICS.has(before) || HONORIFICS.has(before + '.')) f.push('after-honorific');
  if (i > 0 && GIVEN_NAMES.has(before) && /^\p{Lu}/u.test(c.tokens[i - 1])) f.push('after-given');
  return f;
}

/** Features from the tags already chosen to the left (greedy decoding). */
export function tagFeatures(prev: string, prev2: string, lw: string): string[] {
  return ['t-1=' + prev, 't-2,-1=' + prev2 + '|' + prev, 't-1,w=' + prev + '|' + lw];
}

/** Document-level facts: which words appear capitalised mid-sentence, which in lower case. */
export function documentFacts(sentences: string[][]): { caps: Set<string>; lower: Set<string> } {
  const caps = new Set<string>();
  const lower = new Set<string>();
  for (const s of sentences) {
    const allCaps = isCapsLine(s);
    s.forEach((w, i) => {
      if (/^\p{Ll}/u.test(w)) lower.add(w);
      else if (i > 0 && !allCaps && /^\p{Lu}\p{Ll}/u.test(w)) caps.add(w.toLowerCase());
    });
  }
  return { caps, lower };
}

export function isCapsLine(s: string[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const w of s) {
    const sh = shape(w);
    // Shapes without X or x have no letters (numbers, punctuation).
    const hasUpper = sh.includes('X');
    if (!hasUpper && !sh.includes('x') && !/\p{L}/u.test(w)) continue;
    letters++;
    if (hasUpper && !sh.includes('x')) upper++;
  }
  return letters >= 2 && upper / letters > 0.8;
}

export function makeContext(tokens: string[], facts: { caps: Set<string>; lower: Set<string> }): Context {
  const lower = tokens.map((t) => t.toLowerCase());
  return {
    tokens,
    lower,
    shapes: tokens.map(shape),
    capsLine: isCapsLine(tokens),
    capsElsewhere: lower.map((w) => facts.caps.has(w)),
    lowerElsewhere: tokens.map((w, i) => /^\p{Lu}/u.test(w) && facts.lower.has(lower[i])),
  };
}

export const HISTORY_TYPES = ['O', 'PER', 'ORG', 'LOC', 'MISC'];

/**
 * What the document has already called each capitalised word (its tags so far, as the tagger
 * chose them), so a name keeps one type across an article: "Barnsley" read as a club in a
 * results table is a club in the report below it.
 */
export class History {
  private counts = new Map<string, Int32Array>();

  /** The index in HISTORY_TYPES of the type most often given to `word` so far, or -1. */
  best(word: string): number {
    const c = this.counts.get(word);
    if (!c) return -1;
    let best = 0;
    for (let j = 1; j < c.length; j++) if (c[j] > c[best]) best = j;
    return best;
  }

  /** The feature string ("hist=ORG"), or null: what training and the tests use. */
  feature(word: string): string | null {
    const b = this.best(word);
    return b < 0 ? null : 'hist=' + HISTORY_TYPES[b];
  }

  /** Counts a type (an index in HISTORY_TYPES) for a word the caller knows is capitalised. */
  count(word: string, type: number): void {
    let c = this.counts.get(word);
    if (!c) this.counts.set(word, (c = new Int32Array(HISTORY_TYPES.length)));
    c[type]++;
  }

  record(word: string, label: string): void {
    if (/^\p{Lu}/u.test(word)) this.count(word, label === 'O' ? 0 : HISTORY_TYPES.indexOf(label.slice(2)));
  }
}
