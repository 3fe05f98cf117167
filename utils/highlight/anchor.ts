// Offsets in the analysis text -> Ranges in the live page. Each extracted block is found again
// in the page's text in reading order; a mention then sits at the same distance from its
// block's start, which is checked, and searched for nearby when the two texts differ.
import type { Mention } from '../analysis';
import { buildTextIndex, rangeFor, type TextIndex } from './text-index';

export interface Block {
  start: number;
  end: number;
}

const collapse = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** Where each block of the analysis text starts in the page's collapsed text, or -1. */
function placeBlocks(index: TextIndex, text: string, blocks: Block[]): number[] {
  let cursor = 0;
  return blocks.map((b) => {
    const body = collapse(text.slice(b.start, b.end));
    const probe = body.slice(0, 80);
    if (!probe) return -1;
    let at = index.text.indexOf(probe, cursor);
    // A headline may appear after the body in markup order, or twice (title and h1).
    if (at < 0) at = index.text.indexOf(probe);
    if (at >= 0) cursor = at + probe.length;
    return at;
  });
}

export interface Anchored {
  mention: Mention;
  range: Range;
}

export function anchorMentions(root: Node, text: string, blocks: Block[], mentions: Mention[]): Anchored[] {
  const index = buildTextIndex(root);
  const placed = placeBlocks(index, text, blocks);
  const out: Anchored[] = [];
  let bi = 0;
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (const m of sorted) {
    while (bi < blocks.length && blocks[bi].end <= m.start) bi++;
    const b = blocks[bi];
    if (!b || m.start < b.start || placed[bi] < 0) continue;
    // Blocks are extracted with whitespace collapsed, as the index is, so distances agree.
    const offset = placed[bi] + (m.start - b.start);
    let at = index.text.startsWith(m.text, offset) ? offset : -1;
    if (at < 0) {
      const from = Math.max(0, offset - 40);
      const found = index.text.indexOf(m.text, from);
      if (found >= 0 && found - offset < 200) at = found;
    }
    if (at < 0) continue;
    const range = rangeFor(index, at, at + m.text.length);
    if (range) out.push({ mention: m, range });
  }
  return out;
}
