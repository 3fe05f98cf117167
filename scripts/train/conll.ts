// Reads a CoNLL-2003 file (token<TAB>tag, blank line between sentences, -DOCSTART- between
// documents) into documents of tagged sentences. Training data never enters the repository.
import { readFileSync } from 'node:fs';

export interface TaggedSentence {
  tokens: string[];
  tags: string[];
}

export function readConll(file: string): TaggedSentence[][] {
  const docs: TaggedSentence[][] = [];
  let doc: TaggedSentence[] = [];
  let s: TaggedSentence = { tokens: [], tags: [] };
  const flush = () => {
    if (s.tokens.length) doc.push(s);
    s = { tokens: [], tags: [] };
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const t = line.trim();
    if (!t) {
      flush();
      continue;
    }
    const [tok, tag] = t.split(/\t| /);
    if (tok === '-DOCSTART-') {
      flush();
      if (doc.length) docs.push(doc);
      doc = [];
      continue;
    }
    s.tokens.push(tok);
    s.tags.push(tag ?? 'O');
  }
  flush();
  if (doc.length) docs.push(doc);
  return docs;
}

/** Entity spans [type, start, end) of a BIO tag sequence. */
export function spansOf(tags: string[]): string[] {
  const out: string[] = [];
  let type = '';
  let start = -1;
  const close = (i: number) => {
    if (type) out.push(`${type}:${start}:${i}`);
    type = '';
  };
  tags.forEach((t, i) => {
    if (t === 'O') return close(i);
    const [bio, ty] = t.split('-');
    if (bio === 'B' || ty !== type) {
      close(i);
      type = ty;
      start = i;
    }
  });
  close(tags.length);
  return out;
}
