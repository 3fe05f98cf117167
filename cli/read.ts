// Reading input files for the command line: clear errors for what cannot be analysed, so a
// batch goes on and the reader knows why a file was skipped.
import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export const MAX_BYTES = 50 * 1024 * 1024;

export class InputError extends Error {}

export function readInput(file: string): { kind: 'html' | 'text'; content: string } {
  let st;
  try {
    st = statSync(file);
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  if (st.isDirectory()) throw new InputError(`cannot analyse ${file}: it is a directory`);
  if (st.size > MAX_BYTES) throw new InputError(`cannot analyse ${file}: ${(st.size / 1048576).toFixed(0)} MB is over the ${MAX_BYTES / 1048576} MB limit`);
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${(e as Error).message}`);
  }
  let name = file.toLowerCase();
  if (name.endsWith('.gz')) {
    try {
      buf = gunzipSync(buf, { maxOutputLength: MAX_BYTES });
    } catch {
      throw new InputError(`cannot read ${file}: not a valid gzip file`);
    }
    name = name.slice(0, -3);
  }
  if (isBinary(buf)) throw new InputError(`cannot analyse ${file}: it is a binary file, not HTML or text`);
  const content = new TextDecoder('utf-8').decode(buf).replace(/^\uFEFF/, '');
  const kind = name.endsWith('.txt') ? 'text' : name.endsWith('.html') || name.endsWith('.htm') || /^\s*</.test(content) ? 'html' : 'text';
  return { kind, content };
}

/** NUL bytes or many control characters in the first 8 KB mean this is not text. */
function isBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.05;
}
