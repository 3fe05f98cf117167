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

const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Compares a page's own DOM with Dossier (`withExt`: a page already loaded at `t0`, with
 * Dossier done) and without it (`loadBare()`: a fresh page without the extension, navigated).
 * Pages with their own timers change as they run, so the page without Dossier is read as long
 * after its navigation as the one with it was; if two loads without Dossier still differ, the
 * page has no stable baseline and `null` says so.
 */
export async function domWithAndWithout(withExt, t0, loadBare) {
  await pause(Math.max(0, 1500 - (Date.now() - t0)));
  const elapsed = Date.now() - t0;
  const mine = await withExt.evaluate(pageDomSnapshot);
  const baseline = async () => {
    const t1 = Date.now();
    const bare = await loadBare();
    await pause(Math.max(0, elapsed - (Date.now() - t1)));
    const dom = await bare.evaluate(pageDomSnapshot);
    await bare.close();
    return dom;
  };
  const first = await baseline();
  if (mine === first) return { same: true };
  const second = await baseline();
  if (second !== first) return null;
  return { same: mine === second };
}
