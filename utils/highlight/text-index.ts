// A searchable view of the live page's text. Readability works on a copy of the page, so its
// offsets say nothing about the live DOM: we find each extracted block again in the page's own
// text nodes, comparing with whitespace collapsed, and map back to (node, offset) for Ranges.

import { isHidden } from '../article/hidden';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'SELECT']);

export interface TextIndex {
  /** The page's text with each run of whitespace collapsed to one space. */
  text: string;
  /** For each index of `text`, the index in the raw concatenation of the text nodes. */
  toRaw: Int32Array;
  nodes: Text[];
  /** Raw offset at which each node starts. */
  starts: number[];
}

export function buildTextIndex(root: Node): TextIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  // Elements are judged once each, and a rejected one is passed over with its whole subtree:
  // what extraction leaves out (utils/article/hidden.ts) must be left out here too, or the
  // extracted blocks would not be found again in this text. A plain walk by sibling links
  // rather than a TreeWalker's filter, which linkedom (the unit tests) does not apply.
  let raw = 0;
  const parts: string[] = [];
  let n: Node | null = root.firstChild;
  while (n) {
    if (n.nodeType === 3) {
      const t = n as Text;
      nodes.push(t);
      starts.push(raw);
      parts.push(t.data);
      raw += t.data.length;
    } else if (n.nodeType === 1 && n.firstChild && !SKIP.has((n as Element).tagName.toUpperCase()) && !isHidden(n as Element)) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== root && !n.nextSibling) n = n.parentNode;
    n = n && n !== root ? n.nextSibling : null;
  }
  const all = parts.join('');
  const out: string[] = [];
  const toRaw = new Int32Array(all.length + 1);
  let k = 0;
  let space = true;
  for (let i = 0; i < all.length; i++) {
    const c = all[i];
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\u00a0') {
      if (space) continue;
      space = true;
      out.push(' ');
    } else {
      space = false;
      out.push(c);
    }
    toRaw[k++] = i;
  }
  toRaw[k] = all.length;
  return { text: out.join(''), toRaw: toRaw.subarray(0, k + 1), nodes, starts };
}

/** The text node and offset holding a raw offset. */
function locate(index: TextIndex, raw: number, isEnd: boolean): [Text, number] | null {
  const { starts, nodes } = index;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    // An end offset at a node boundary belongs to the node before it.
    if (starts[mid] < raw || (!isEnd && starts[mid] === raw)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo];
  if (!node) return null;
  return [node, Math.min(raw - starts[lo], node.data.length)];
}

/** A Range over collapsed-text offsets [start, end). */
export function rangeFor(index: TextIndex, start: number, end: number): Range | null {
  if (end <= start || end > index.text.length) return null;
  const a = locate(index, index.toRaw[start], false);
  const b = locate(index, index.toRaw[end - 1] + 1, true);
  if (!a || !b) return null;
  const range = a[0].ownerDocument.createRange();
  range.setStart(a[0], a[1]);
  range.setEnd(b[0], b[1]);
  return range;
}
