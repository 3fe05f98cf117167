// Pieces shared by the Chromium and Firefox tests.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './harness.mjs';

export function sharedDir() {
  const dir = process.env.DOSSIER_SHARED ?? join(root, '..', 'shared');
  return existsSync(join(dir, 'data')) ? dir : null;
}

/**
 * Runs in the page: its own elements and text, with Dossier's card host (if any) left out.
 * Ad loaders insert their <script> tags side by side in the order the network answers, which
 * differs from one load to the next; each run of adjacent scripts is put in a fixed order, so
 * every script is still compared, only not their order within the run.
 */
export function pageDomSnapshot() {
  const clone = document.documentElement.cloneNode(true);
  clone.querySelectorAll('dossier-card').forEach((e) => e.remove());
  for (const first of clone.querySelectorAll('script')) {
    if (first.previousElementSibling?.tagName === 'SCRIPT' || !first.parentNode) continue;
    const run = [first];
    for (let n = first.nextSibling; n; n = n.nextSibling) {
      if (n.nodeType === 1 && n.tagName === 'SCRIPT') run.push(n);
      else if (n.nodeType !== 3 || n.data.trim()) break;
    }
    if (run.length < 2) continue;
    const anchor = run[run.length - 1].nextSibling;
    const parent = first.parentNode;
    run.forEach((e) => e.remove());
    run.sort((a, b) => (a.outerHTML < b.outerHTML ? -1 : a.outerHTML > b.outerHTML ? 1 : 0));
    for (const e of run) parent.insertBefore(e, anchor);
  }
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
  return mine === second ? { same: true } : { same: false, at: firstDifference(mine, second) };
}

/** Where two snapshots part, with a little of each, for the log. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `character ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 40), i + 60))} vs ${JSON.stringify(b.slice(Math.max(0, i - 40), i + 60))}`;
}

/**
 * domWithAndWithout() on a page that `loadWith()` opens with Dossier and waits on. A page whose
 * scripts run on timers can land differently once even when two bare loads agree, so a
 * difference is measured again from fresh loads before it counts; where it was is logged.
 */
export async function compareDom(path, loadWith, loadBare) {
  for (let attempt = 0; ; attempt++) {
    const t0 = Date.now();
    const page = await loadWith();
    const r = await domWithAndWithout(page, t0, loadBare);
    await page.close();
    if (!r || r.same || attempt === 1) return r;
    console.log(`      (${path}: differs at ${r.at}; loading both again)`);
  }
}
