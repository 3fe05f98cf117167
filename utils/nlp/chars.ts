// Tests on a word's first letters, with an ASCII fast path: the article-wide passes run them on
// every token, where a Unicode regular expression costs several times more than a char code.
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const LETTERS4 = /^\p{L}{4}/u;

const asciiUpper = (c: number) => c >= 65 && c <= 90;
export const asciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** /^\p{Lu}/u */
export function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? asciiUpper(c) : UPPER.test(w);
}

/** /^\p{Ll}/u */
export function startsLower(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER.test(w);
}

/** /^\p{L}{4,}/u: a word of four letters or more. */
export function startsWithFourLetters(w: string): boolean {
  if (w.length < 4) return false;
  for (let i = 0; i < 4; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return LETTERS4.test(w);
    if (!asciiLetter(c)) return false;
  }
  return true;
}

/**
 * A one-character pattern's answer for a UTF-16 code unit, remembered per code unit. The
 * whole-text counters ask it of every character; building a string and running a Unicode
 * pattern for each non-ASCII one (curly quotes, dashes, accented letters) was their main cost.
 */
function perCodeUnit(re: RegExp): (c: number) => boolean {
  const memo = new Uint8Array(0x10000);
  return (c) => {
    let v = memo[c];
    if (v === 0) memo[c] = v = re.test(String.fromCharCode(c)) ? 1 : 2;
    return v === 1;
  };
}

/** /\p{L}/u on one code unit (a lone surrogate is no letter: test the pair). */
export const letterUnit = perCodeUnit(/\p{L}/u);
/** /[\p{L}\p{N}]/u on one code unit. */
export const wordUnit = perCodeUnit(/[\p{L}\p{N}]/u);
/** /\s/ on one code unit. */
export const spaceUnit = perCodeUnit(/\s/);

/** `s.split(/\s+/)`, without running the pattern on the many names of one word. */
export function splitWords(s: string): string[] {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || (c > 127 && spaceUnit(c))) return s.split(/\s+/);
  }
  return [s];
}
