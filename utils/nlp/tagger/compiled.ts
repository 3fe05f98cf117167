// The model's context features compiled to numbers. Feature strings like "w-1,0=the|minister"
// cost a string build and a hash per token; here every word, shape and tag is interned once,
// and a feature is found by (family, id, id) packed into one number. Scores are identical to
// the string features in features.ts, which training uses (tests/unit/tagger.test.ts checks).
import type { Model } from './model';

// Feature families: the prefix before "=" in features.ts, with the number of arguments.
export const FAMILIES = [
  'w-1', 'w+1', 'w-2', 'w+2', 'sh-1', 'sh+1', 'sh-1,0', 'sh0,+1', 'w-1,0', 'w0,+1',
  'first|sh', 'caps|lw', 'lowdoc|sh', 't-1', 't-2,-1', 't-1,w', 'cl-1', 'cl+1', 'hist',
] as const;
export type Family = (typeof FAMILIES)[number];
const FAMILY_ID = new Map<string, number>(FAMILIES.map((f, i) => [f, i]));

/** Open-addressing hash table from (a, b·32+family) int pairs to rows: no boxed numbers. */
class PairTable {
  private mask: number;
  private ka: Int32Array;
  private kb: Int32Array;
  private v: Int32Array;

  constructor(capacity: number) {
    let n = 1024;
    while (n < capacity * 2) n *= 2;
    this.mask = n - 1;
    this.ka = new Int32Array(n);
    this.kb = new Int32Array(n);
    this.v = new Int32Array(n).fill(-1);
  }

  private slot(a: number, b: number): number {
    return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x632be5ab, 0x85ebca77)) & this.mask;
  }

  set(a: number, b: number, value: number): void {
    let i = this.slot(a, b);
    while (this.v[i] >= 0 && (this.ka[i] !== a || this.kb[i] !== b)) i = (i + 1) & this.mask;
    this.ka[i] = a;
    this.kb[i] = b;
    this.v[i] = value;
  }

  get(a: number, b: number): number {
    let i = this.slot(a, b);
    for (;;) {
      const v = this.v[i];
      if (v < 0) return -1;
      if (this.ka[i] === a && this.kb[i] === b) return v;
      i = (i + 1) & this.mask;
    }
  }
}

export interface Compiled {
  intern: Map<string, number>;
  rows: PairTable;
  /** Features without arguments ("first", "caps", ...), by name. */
  flags: Map<string, number>;
}


export function compile(m: Model): Compiled {
  const intern = new Map<string, number>();
  const id = (s: string) => {
    let k = intern.get(s);
    if (k === undefined) intern.set(s, (k = intern.size + 1));
    return k;
  };
  const rows = new PairTable(m.index.size);
  const flags = new Map<string, number>();
  for (const [f, row] of m.index) {
    const eq = f.indexOf('=');
    if (eq < 0) {
      flags.set(f, row);
      continue;
    }
    const fam = FAMILY_ID.get(f.slice(0, eq));
    if (fam === undefined) continue; // a word feature: scored through the word cache
    const arg = f.slice(eq + 1);
    const bar = FAMILIES[fam].includes(',') ? arg.indexOf('|') : -1;
    if (bar < 0) rows.set(id(arg), fam, row);
    else rows.set(id(arg.slice(0, bar)), id(arg.slice(bar + 1)) * 32 + fam, row);
  }
  return { intern, rows, flags };
}

export function familyRow(c: Compiled, family: number, a: number, b = 0): number {
  if (a <= 0 || b < 0) return -1;
  return c.rows.get(a, b * 32 + family);
}

export const FAMILY = Object.fromEntries(FAMILIES.map((f, i) => [f, i])) as Record<Family, number>;
