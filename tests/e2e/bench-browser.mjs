#!/usr/bin/env node
// Browser budgets, printed (never asserted): highlights painted after load on the seed pages
// (or the fixtures), the popup's first render with a 10,000-article library, and the
// every-page script's own time on a page that is not an article.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { root } from './harness.mjs';
import { sharedDir } from './common.mjs';

// DOSSIER_EXT: another build of the extension, to compare two (as in an A/B of a change).
const EXT = process.env.DOSSIER_EXT ?? join(root, '.output', 'chrome-mv3');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const shared = sharedDir();
const roots = { '/fixtures/': join(root, 'tests/fixtures/pages') };
// A 20,000-word article, served whole (the demo article's paragraphs in numbered copies, so that
// extraction does not fold repeats into one): what a very long page costs from load.
const longDir = mkdtempSync(join(tmpdir(), 'dossier-long-'));
{
  const demo = readFileSync(join(root, 'tests/fixtures/pages/harbour-talks.html'), 'utf8');
  const paras = [...demo.slice(demo.indexOf('<article'), demo.indexOf('</article>')).matchAll(/<p>([^<]*)<\/p>/g)].map((m) => m[1]);
  let words = 0;
  let html = '';
  for (let n = 1; words < 20000; n++) {
    for (const t of paras) {
      const p = `${t.replace(/\.$/, '')}, report ${n} said.`;
      html += `<p>${p}</p>\n`;
      words += p.split(/\s+/).length;
    }
  }
  writeFileSync(join(longDir, 'long.html'), demo.replace('</article>', html + '</article>'));
  roots['/long/'] = longDir;
}
if (shared) roots['/seed/'] = join(shared, 'data/seed-pages');
const server = await serve(roots);
const profile = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--no-first-run', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--proxy-server=127.0.0.1:9'],
});
try {
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extId = new URL(sw.url()).host;
  const pages = shared ? ['/seed/chinadaily-wwii-legacy.html', '/seed/cna-china-russia-japan.html'] : ['/fixtures/harbour-talks.html', '/fixtures/cable-damage.html'];
  for (const path of pages) {
    const times = [];
    for (let i = 0; i < 5; i++) {
      const page = await ctx.newPage();
      await page.goto(server.origin + path, { waitUntil: 'load' });
      const ms = await page.evaluate(
        () =>
          new Promise((res) => {
            const t0 = performance.timing.loadEventEnd - performance.timing.navigationStart;
            const poll = () => (CSS.highlights.has('dossier-ext-official') ? res(performance.now() - t0) : setTimeout(poll, 2));
            poll();
          }),
      );
      times.push(ms);
      await page.close();
    }
    console.log(`highlights painted after load, ${path}: median ${median(times).toFixed(0)} ms (5 runs)`);
  }

  // A library of 10,000 synthetic records, then the popup for an analysed tab.
  await sw.evaluate(async () => {
    const db = await new Promise((res, rej) => {
      const r = indexedDB.open('dossier');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const tx = db.transaction('articles', 'readwrite');
    for (let i = 0; i < 10000; i++) {
      const keys = [`person ${i % 997}`, `org ${i % 211}`, `person ${(i * 7) % 1999}`];
      tx.objectStore('articles').put({ v: 2, id: `bench.example/${i}`, title: `Synthetic article ${i}`, publisher: 'Bench', url: `https://bench.example/${i}`, published: null, byline: [], wordCount: 500, savedAt: i, entities: keys.map((k) => ({ key: k, name: k, kind: 'person', n: 2 })), terms: [[`term${i % 500}`, 3], [`word${i % 300}`, 2]], keys });
    }
    await new Promise((res) => (tx.oncomplete = res));
  });
  const article = await ctx.newPage();
  await article.goto(server.origin + pages[1]);
  await article.waitForFunction(() => CSS.highlights.has('dossier-ext-official'), null, { timeout: 30000 });
  const tabId = await sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, server.origin + pages[1]);
  const renders = [];
  const paints = [];
  for (let i = 0; i < 9; i++) {
    const popup = await ctx.newPage();
    await popup.goto(`chrome-extension://${extId}/popup.html?tab=${tabId}`);
    // The popup marks its first render with content and the frame that paints it
    // (components/popup/App.tsx), timed from its navigation start, so that Playwright's own
    // polling is not counted.
    await popup.waitForFunction(() => performance.getEntriesByName('dossier:painted').length > 0 && document.querySelector('#related'));
    const [r, p] = await popup.evaluate(() => ['dossier:rendered', 'dossier:painted'].map((n) => performance.getEntriesByName(n)[0].startTime));
    renders.push(r);
    paints.push(p);
    await popup.close();
  }
  console.log(`popup first render with a 10,000-article library: median ${median(renders).toFixed(0)} ms from navigation to the content in the DOM, ${median(paints).toFixed(0)} ms to the frame that paints it (9 runs)`);

  // The 20,000-word article: from its load to the highlights painted, and long tasks on the
  // page's main thread while Dossier extracts, anchors and paints.
  const long = await ctx.newPage();
  await long.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
  });
  const longTimes = [];
  let longTasks = [];
  for (let i = 0; i < 3; i++) {
    await long.goto(server.origin + '/long/long.html', { waitUntil: 'load' });
    longTimes.push(
      await long.evaluate(
        () =>
          new Promise((res) => {
            const t0 = performance.timing.loadEventEnd - performance.timing.navigationStart;
            const poll = () => ((CSS.highlights.get('dossier-ext-official')?.size ?? 0) > 100 ? res(performance.now() - t0) : setTimeout(poll, 5));
            poll();
          }),
      ),
    );
    longTasks = longTasks.concat(await long.evaluate(() => window.__longTasks));
  }
  console.log(`20,000-word article: highlights painted ${median(longTimes).toFixed(0)} ms after load (median of 3: ${longTimes.map((t) => t.toFixed(0)).join(', ')}); main-thread long tasks (> 50 ms): ${longTasks.length ? longTasks.map((d) => d.toFixed(0)).join(', ') + ' ms' : 'none'}`);

  // The every-page script on a non-article: the page's main-thread script time from Chromium's
  // own counters (the page itself runs no script, so all of it is Dossier's), median of 21 loads:
  // this machine is a VM whose timings swing by several times from one load to the next.
  const scriptMs = [];
  for (let i = 0; i < 21; i++) {
    const front = await ctx.newPage();
    const cdp = await ctx.newCDPSession(front);
    await cdp.send('Performance.enable');
    await front.goto(server.origin + '/fixtures/section-front.html', { waitUntil: 'load' });
    await front.waitForTimeout(600);
    const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
    scriptMs.push(m.ScriptDuration * 1000);
    await front.close();
  }
  console.log(`non-article page: script time on the page's main thread, all of it Dossier's: median ${median(scriptMs).toFixed(2)} ms (21 loads, range ${Math.min(...scriptMs).toFixed(2)}–${Math.max(...scriptMs).toFixed(2)})`);
} finally {
  await ctx.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(longDir, { recursive: true, force: true });
}
