// Whitespace and word counts as the extractor and the chrome filters see them.
import { wordUnit } from '../nlp/chars';
export const collapse = (s: string): string => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Words: runs that start with a letter or digit and go on through letters, digits and ' ’ . -
 * (the same count as /[\p{L}\p{N}][\p{L}\p{N}'’.-]*\/gu, without building the array of
 * matches: this runs over every article's whole text).
 */
export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let word: boolean;
    if (c < 128) word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    else if (c >= 0xd800 && c <= 0xdbff) {
      // A character outside the BMP: test the pair, step over its second half.
      word = WORD_CHAR.test(s.slice(i, i + 2));
      i++;
    } else word = wordUnit(c);
    if (word) {
      if (!inWord) n++;
      inWord = true;
    } else if (!(inWord && (c === 39 || c === 0x2019 || c === 46 || c === 45))) inWord = false;
  }
  return n;
}
