// Pieces shared by the Chromium and Firefox tests.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './harness.mjs';

export function sharedDir() {
  const dir = process.env.DOSSIER_SHARED ?? join(root, '..', 'shared');
  return existsSync(join(dir, 'data')) ? dir : null;
}

/** Runs in the page: its own elements and text, with Dossier's card host (if any) left out. */
export function pageDomSnapshot() {
  const clone = document.documentElement.cloneNode(true);
  clone.querySelectorAll('dossier-card').forEach((e) => e.remove());
  return clone.outerHTML;
}

/** Runs in the page: scrolls the first highlighted official into view and says where it is. */
export function firstOfficialOnScreen() {
  const r = [...CSS.highlights.get('dossier-ext-official')][0];
  r.startContainer.parentElement.scrollIntoView({ block: 'center' });
  const b = r.getBoundingClientRect();
  return { x: b.left + b.width / 2, y: b.top + b.height / 2, text: r.toString() };
}
