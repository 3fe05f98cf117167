// Which highlighted mention is under the pointer. Highlights are not elements, so there are
// no events on them: the caret position under the pointer is compared with the ranges.
import type { Painted } from './entities';

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const d = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

export class HitTester {
  private byNode = new Map<Node, Painted[]>();

  constructor(painted: Painted[]) {
    for (const p of painted) {
      for (const n of [p.range.startContainer, p.range.endContainer]) {
        const list = this.byNode.get(n) ?? [];
        if (!list.includes(p)) list.push(p);
        this.byNode.set(n, list);
      }
    }
  }

  at(x: number, y: number): Painted | null {
    const caret = caretAt(x, y);
    if (!caret) return null;
    const list = this.byNode.get(caret.node);
    if (!list) return null;
    for (const p of list) {
      if (p.range.comparePoint(caret.node, caret.offset) !== 0) continue;
      // The caret can sit just past the word; check that the pointer is really over it.
      for (const rect of p.range.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return p;
      }
    }
    return null;
  }
}
