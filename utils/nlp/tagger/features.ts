// Features of the named-entity tagger. Training (scripts/train) and the run-time tagger both
// build their features with these functions, so the two cannot drift apart.
//
// A token's features come in four groups:
//   - features of the word alone (selfFeatures), cached per word type at run time;
//   - features a word gives to a neighbour at offset -2..+2 (neighbourFeatures), also cached
//     per word type;
//   - features of two adjacent words (pairFeatures);
//   - features of the sentence and the document (DocContext.features): first word, all-caps
//     line, whether the word is seen capitalised inside a sentence or lower-cased elsewhere in
//     the document, gazetteer phrase matches;
// and, for the second stage only, features of the first stage's labels for the same word
// elsewhere in the document (stage2Features).
import lists from '../gazetteer/lists.json';

export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
/** BILOU labels: 0 is O, then B, I, L, U for each type. */
export const LABELS: readonly string[] = ['O', ...TYPES.flatMap((t) => ['B-' + t, 'I-' + t, 'L-' + t, 'U-' + t])];
export const NL = LABELS.length;
export const labelType = (k: number): number => (k === 0 ? -1 : (k - 1) >> 2);
/** 0 B, 1 I, 2 L, 3 U (for k > 0). */
export const labelPos = (k: number): number => (k - 1) & 3;

/** Whether label b may follow label a (a = -1 at the start of a sentence; b = -1 at its end). */
export function allowed(a: number, b: number): boolean {
  const aOpen = a > 0 && labelPos(a) <= 1; // B or I: the entity must go on
  const bCont = b > 0 && (labelPos(b) === 1 || labelPos(b) === 2); // I or L continue one
  if (aOpen) return bCont && labelType(a) === labelType(b);
  return !bCont;
}

// ---------------------------------------------------------------------------------------------
// Word shape and case

const U = /\p{Lu}/u;
const L = /\p{Ll}/u;
const N = /\p{N}/u;
const LETTER = /\p{L}/u;

/** Word shape with runs collapsed: "Wang" -> "Xx", "U.S." -> "X.X.", "2025" -> "d". */
export function shape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const c = U.test(ch) ? 'X' : L.test(ch) ? 'x' : N.test(ch) ? 'd' : LETTER.test(ch) ? 'o' : ch === '\u00ad' ? '' : ch;
    if (c !== last) out += c;
    last = c;
    if (out.length > 8) break;
  }
  return out;
}

/** Case class: 0 no letters, 1 lower-initial, 2 title case (Xx...), 3 all upper, 4 other upper-initial (McDonald, iPhone aside). */
export function caseClass(w: string): number {
  let hasL = false;
  let hasU = false;
  for (const ch of w) {
    if (U.test(ch)) hasU = true;
    else if (L.test(ch)) hasL = true;
  }
  if (!hasL && !hasU) return 0;
  const first = w.codePointAt(0) ?? 0;
  const firstCh = String.fromCodePoint(first);
  if (!hasU) return 1;
  if (!hasL) return 3;
  if (!U.test(firstCh)) return 1;
  let rest = false;
  for (const ch of w.slice(firstCh.length)) if (U.test(ch)) rest = true;
  return rest ? 4 : 2;
}

// ---------------------------------------------------------------------------------------------
// Gazetteer

type Lists = Record<string, string>;
/** Single-word entries: lower-cased word -> categories. */
const WORD_CATS = new Map<string, string[]>();
/** Words inside multi-word entries: lower-cased word -> categories. */
const PART_CATS = new Map<string, string[]>();
/** Multi-word entries by first word: [words, category]. */
const PHRASES = new Map<string, [string[], string][]>();
for (const [cat, joined] of Object.entries(lists as Lists)) {
  for (const entry of joined.split('|')) {
    if (!entry) continue;
    const ws = entry.split(' ');
    if (ws.length === 1) {
      const l = WORD_CATS.get(entry) ?? [];
      if (!l.includes(cat)) l.push(cat);
      WORD_CATS.set(entry, l);
    } else {
      for (const w of ws) {
        if (w.length < 3) continue;
        const l = PART_CATS.get(w) ?? [];
        if (!l.includes(cat)) l.push(cat);
        PART_CATS.set(w, l);
      }
      const l = PHRASES.get(ws[0]) ?? [];
      l.push([ws, cat]);
      PHRASES.set(ws[0], l);
    }
  }
}
for (const l of PHRASES.values()) l.sort((a, b) => b[0].length - a[0].length);

export function gazetteerCategories(lw: string): readonly string[] {
  return WORD_CATS.get(lw) ?? [];
}

// ---------------------------------------------------------------------------------------------
// Word features

const BOUNDARY = ['<s>', '</s>'];

/** Features of a word on its own. */
export function selfFeatures(w: string): string[] {
  const lw = w.toLowerCase();
  const sh = shape(w);
  const f = ['bias', 'w=' + w, 'lw=' + lw, 'sh=' + sh];
  const n = lw.length;
  for (let k = 1; k <= 4 && k < n; k++) f.push('p' + k + '=' + lw.slice(0, k));
  for (let k = 1; k <= 5 && k < n; k++) f.push('s' + k + '=' + lw.slice(n - k));
  if (n > 12) f.push('long');
  const dash = lw.indexOf('-');
  if (dash > 0 && dash < n - 1) {
    f.push('h0=' + lw.slice(0, dash), 'h1=' + lw.slice(lw.lastIndexOf('-') + 1));
    for (const c of WORD_CATS.get(lw.slice(0, dash)) ?? []) f.push('hg=' + c);
  }
  for (const c of WORD_CATS.get(lw) ?? []) f.push('g=' + c, 'g|sh=' + c + '|' + sh);
  for (const c of PART_CATS.get(lw) ?? []) f.push('gp=' + c);
  return f;
}

/** Features a word gives the token `off` places away from it (off = -2, -1, 1, 2 seen from that token). */
export function neighbourFeatures(w: string | null, off: number): string[] {
  if (w === null) return ['w' + off + '=' + BOUNDARY[off < 0 ? 0 : 1]];
  const lw = w.toLowerCase();
  const f = ['w' + off + '=' + lw];
  if (off === -1 || off === 1) {
    f.push('sh' + off + '=' + shape(w));
    for (const c of WORD_CATS.get(lw) ?? []) f.push('g' + off + '=' + c);
    if (lw.length > 3) f.push('s3' + off + '=' + lw.slice(-3));
    f.push('wc' + off + '=' + lw + '|' + caseClass(w));
  }
  return f;
}

/** Features of adjacent words a, b: [for the token a, for the token b]. */
export function pairFeatures(a: string, b: string): [string[], string[]] {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  const sa = shape(a);
  const sb = shape(b);
  return [
    ['w0+1=' + la + '|' + lb, 'sh0+1=' + sa + '|' + sb],
    ['w-10=' + la + '|' + lb, 'sh-10=' + sa + '|' + sb],
  ];
}

// ---------------------------------------------------------------------------------------------
// Sentence and document context

/** A sentence is a caps line (headline, byline) when most of its words with letters are in capitals. */
export function isCapsLine(cases: number[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const c of cases) {
    if (c === 0) continue;
    letters++;
    if (c === 3) upper++;
  }
  return letters >= 2 && upper / letters > 0.7;
}

/** Facts about a document's words used by context features; built once per document. */
export class DocContext {
  readonly sents: string[][];
  readonly lower: string[][];
  readonly cases: number[][];
  readonly capsLine: boolean[];
  /** lower-cased word -> times seen title-cased inside a sentence (not first, not a caps line). */
  private capMid = new Map<string, number>();
  /** lower-cased word -> times seen lower-initial. */
  private low = new Map<string, number>();
  /** Per sentence, per token: gazetteer phrase features. */
  private phrase: (string[] | null)[][];
  /** Per sentence, per token: position in its run of capitalised words ("2:B"), or null. */
  private runs: (string | null)[][];

  constructor(sents: string[][], cases?: number[][]) {
    this.sents = sents;
    this.lower = sents.map((s) => s.map((w) => w.toLowerCase()));
    this.cases = cases ?? sents.map((s) => s.map(caseClass));
    this.capsLine = this.cases.map(isCapsLine);
    sents.forEach((s, si) => {
      const cs = this.cases[si];
      const lw = this.lower[si];
      for (let i = 0; i < s.length; i++) {
        if (cs[i] === 1) this.low.set(lw[i], (this.low.get(lw[i]) ?? 0) + 1);
        else if (cs[i] === 2 && i > 0 && !this.capsLine[si]) this.capMid.set(lw[i], (this.capMid.get(lw[i]) ?? 0) + 1);
      }
    });
    this.phrase = this.lower.map((lw, si) => matchPhrases(lw, this.cases[si]));
    this.runs = this.cases.map((cs, si) => (this.capsLine[si] ? cs.map(() => null) : capitalRuns(cs)));
  }

  /** Context features of token i of sentence si. */
  features(si: number, i: number): string[] {
    const c = this.cases[si][i];
    const lw = this.lower[si][i];
    const f: string[] = [];
    const caps = this.capsLine[si];
    const pos = caps ? 'caps' : i === 0 ? 'first' : 'mid';
    if (i === 0) f.push('first', 'first|sh=' + shape(this.sents[si][i]));
    if (caps) f.push('caps', 'caps|lw=' + lw);
    if (c >= 2) {
      let mid = this.capMid.get(lw) ?? 0;
      if (c === 2 && i > 0 && !caps) mid--;
      const low = this.low.get(lw) ?? 0;
      f.push('dcap=' + (mid > 0 ? 'y' : 'n') + (low > 0 ? 'y' : 'n') + '|' + pos);
    }
    const p = this.phrase[si][i];
    if (p) for (const x of p) f.push(x);
    const r = this.runs[si][i];
    if (r) f.push('run=' + r, 'run|first=' + r + '|' + (i === 0 ? 'y' : 'n'));
    return f;
  }
}

/** Runs of capitalised words in a sentence (not a caps line): "length:position" per token. */
function capitalRuns(cs: number[]): (string | null)[] {
  const out: (string | null)[] = new Array(cs.length).fill(null);
  for (let i = 0; i < cs.length; ) {
    if (cs[i] < 2) {
      i++;
      continue;
    }
    let j = i;
    while (j < cs.length && cs[j] >= 2) j++;
    const n = j - i;
    const len = n > 4 ? 5 : n;
    for (let k = i; k < j; k++) out[k] = len + ':' + (n === 1 ? 'U' : k === i ? 'B' : k === j - 1 ? 'L' : 'I');
    i = j;
  }
  return out;
}

/** Longest gazetteer phrase matches in a sentence, as "gm=cat:B|I|L" features per token. */
function matchPhrases(lw: string[], cases: number[]): (string[] | null)[] {
  const out: (string[] | null)[] = new Array(lw.length).fill(null);
  for (let i = 0; i < lw.length; ) {
    const cands = cases[i] >= 2 ? PHRASES.get(lw[i]) : undefined;
    let matched = 0;
    if (cands) {
      for (const [ws, cat] of cands) {
        if (i + ws.length > lw.length) continue;
        let ok = true;
        for (let k = 1; k < ws.length && ok; k++) ok = lw[i + k] === ws[k];
        if (!ok) continue;
        matched = ws.length;
        for (let k = 0; k < ws.length; k++) {
          const pos = k === 0 ? 'B' : k === ws.length - 1 ? 'L' : 'I';
          (out[i + k] ??= []).push('gm=' + cat + ':' + pos, 'gm=' + cat);
        }
        break;
      }
    }
    i += matched || 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Second stage: the first stage's labels for the same word elsewhere in the document

const TYPE_NAMES = ['O', ...TYPES];

/**
 * Document-level label facts: for each capitalised word, how often the first stage put it in
 * each entity type (index 0: outside any entity).
 */
export class DocLabels {
  private counts = new Map<string, Int32Array>();
  private readonly ctx: DocContext;
  private readonly labels: number[][];

  constructor(ctx: DocContext, labels: number[][]) {
    this.ctx = ctx;
    this.labels = labels;
    labels.forEach((ls, si) => {
      const cs = ctx.cases[si];
      for (let i = 0; i < ls.length; i++) {
        if (cs[i] < 2) continue;
        const lw = ctx.lower[si][i];
        let c = this.counts.get(lw);
        if (!c) this.counts.set(lw, (c = new Int32Array(5)));
        c[labelType(ls[i]) + 1]++;
      }
    });
  }

  /** The majority type of word (si, i) in the rest of the document, or null when unseen. */
  private majority(si: number, i: number): string | null {
    const cs = this.ctx.cases[si];
    if (i < 0 || i >= cs.length || cs[i] < 2) return null;
    const c = this.counts.get(this.ctx.lower[si][i]);
    if (!c) return null;
    const own = labelType(this.labels[si][i]) + 1;
    let best = -1;
    let bestN = 0;
    for (let t = 0; t < 5; t++) {
      const n = c[t] - (t === own ? 1 : 0);
      if (n > bestN) {
        bestN = n;
        best = t;
      }
    }
    return best < 0 ? null : TYPE_NAMES[best];
  }

  /** Features of token i of sentence si. */
  features(si: number, i: number): string[] {
    const f = ['L1=' + LABELS[this.labels[si][i]]];
    const m = this.majority(si, i);
    if (m) {
      f.push('dm=' + m, 'dm|L1=' + m + '|' + LABELS[this.labels[si][i]]);
      if (i === 0 || this.ctx.capsLine[si]) f.push('dm|start=' + m);
    }
    const mp = this.majority(si, i - 1);
    if (mp) f.push('dm-1=' + mp);
    const mn = this.majority(si, i + 1);
    if (mn) f.push('dm+1=' + mn);
    return f;
  }
}
