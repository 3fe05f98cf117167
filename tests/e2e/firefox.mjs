// End to end in Debian's Firefox ESR over WebDriver BiDi (puppeteer-core), with the MV2 build
// installed as a temporary add-on: highlights, the page left as it was, the popup's summary
// and related coverage, a non-article left alone.
import puppeteer from 'puppeteer-core';
import { join } from 'node:path';
import { serve, trapProxy } from './server.mjs';
import { check, assert, root, artifacts, sleep } from './harness.mjs';
import { pageDomSnapshot, sharedDir, firstOfficialOnScreen, compareDom } from './common.mjs';

const EXT = join(root, '.output', 'firefox-mv2');
const GECKO_ID = 'dossier@dossier.local';
const UUID = '6f1d2c3b-4a5e-4f60-9a7b-8c9d0e1f2a3b';
const proxyPrefs = (port) => ({
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': port,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': port,
  'network.proxy.no_proxies_on': '127.0.0.1,localhost',
  'network.proxy.allow_hijacking_localhost': false,
});

async function launch(withExtension, port) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }), ...proxyPrefs(port) },
  });
  if (withExtension) await browser.installExtension(EXT);
  return browser;
}

/**
 * Extension pages load, but BiDi never reports their navigation as finished, and in Firefox
 * ESR 140.12 a waitForFunction() in a moz-extension page always fails with "Waiting failed"
 * (it cannot make its sandbox there). So poll with evaluate(), which works in every page; an
 * evaluate that lands while the document is replaced (a reload) throws and is tried again.
 */
async function waitInNewDocument(page, fn, { timeout = 20000, polling = 200 } = {}) {
  const end = Date.now() + timeout;
  let last = null;
  for (;;) {
    try {
      if (await page.evaluate(fn)) return;
    } catch (e) {
      // The document was being replaced: poll again in the new one (kept, in case it was not).
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${String(fn).slice(0, 120)}${last ? ` (last error: ${last.message ?? last})` : ''}`);
    await sleep(polling);
  }
}

async function openExtensionPage(browser, path, ready) {
  const page = await browser.newPage();
  page.goto(`moz-extension://${UUID}/${path}`).catch(() => {});
  // The tab holds about:blank until the extension page replaces it: wait for the page itself.
  await waitInNewDocument(page, `location.protocol === 'moz-extension:' && (${ready})()`);
  return page;
}

export async function runFirefox() {
  console.log('Firefox ESR');
  const shared = sharedDir();
  const roots = { '/fixtures/': join(root, 'tests/fixtures/pages') };
  if (shared) {
    roots['/seed/'] = join(shared, 'data/seed-pages');
    roots['/readability/'] = join(shared, 'data/pages/readability');
  }
  const server = await serve(roots);
  // All traffic but loopback goes to a proxy that records and refuses it.
  const trap = await trapProxy();
  const browser = await launch(true, trap.port);
  const plain = await launch(false, trap.port);
  try {
    const first = `${server.origin}/fixtures/cable-damage.html`;
    const demo = `${server.origin}/fixtures/harbour-talks.html`;
    const open = async (url) => {
      const page = await browser.newPage();
      await page.goto(url);
      return page;
    };
    const waitHighlights = (page) => page.waitForFunction(() => CSS.highlights.has('dossier-ext-official'), { timeout: 20000, polling: 200 });

    await check('an article gets highlights of each kind', async () => {
      const page = await open(first);
      await waitHighlights(page);
      const sizes = await page.evaluate(() => ['official', 'person', 'org'].map((k) => CSS.highlights.get(`dossier-ext-${k}`)?.size ?? 0));
      assert(sizes[0] > 0 && sizes[2] > 0, `highlight sizes: ${sizes}`);
    });

    await check('the page’s own DOM is identical with and without Dossier', async () => {
      const page = await open(demo);
      await waitHighlights(page);
      const withExt = await page.evaluate(pageDomSnapshot);
      const bare = await plain.newPage();
      await bare.goto(demo);
      const without = await bare.evaluate(pageDomSnapshot);
      assert(withExt === without, 'DOM differs');
      await page.screenshot({ path: join(artifacts, 'firefox-article.png') });
    });

    await check('the popup summarises the article and lists the earlier one as related', async () => {
      // The extension page finds the tab id itself (tests have no other handle on it).
      const probe = await openExtensionPage(browser, 'popup.html', () => document.readyState === 'complete');
      const tabId = await probe.evaluate(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id, demo);
      assert(typeof tabId === 'number', 'no tab id');
      const popup = await openExtensionPage(browser, `popup.html?tab=${tabId}`, () => !!document.querySelector('ul.related li'));
      const text = await popup.evaluate(() => document.querySelector('article').innerText);
      assert(/Margus Tsahkna, Foreign Minister, Estonia/.test(text), text);
      const related = await popup.evaluate(() => document.querySelector('ul.related li').innerText);
      assert(related.includes('Baltic states to share undersea cable data') && related.includes('Elina Valtonen'), related);
      await popup.screenshot({ path: join(artifacts, 'firefox-popup.png') });
    });

    await check('the entity card opens on hover and keyboard, in a closed shadow root', async () => {
      const page = await open(`${demo}?card`);
      await waitHighlights(page);
      const box = await page.evaluate(firstOfficialOnScreen);
      await page.mouse.move(box.x, box.y);
      await page.waitForFunction(() => !!document.querySelector('dossier-card'), { timeout: 5000, polling: 100 });
      assert(await page.evaluate(() => document.querySelector('dossier-card').shadowRoot === null), 'card readable by the page');
      const w = await page.evaluate(() => document.querySelector('dossier-card').getBoundingClientRect().width);
      assert(w >= 250 && w <= 400, `card width ${w}`);
      await sleep(300);
      await page.screenshot({ path: join(artifacts, 'firefox-card.png') });
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('dossier-card'), { timeout: 5000, polling: 100 });
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press('KeyN');
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
      await page.waitForFunction(() => !!document.querySelector('dossier-card'), { timeout: 5000, polling: 100 });
    });

    const tabIdOf = async (url) => {
      const probe = await openExtensionPage(browser, 'popup.html', () => document.readyState === 'complete');
      const id = await probe.evaluate(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id, url);
      await probe.close();
      return id;
    };
    const officials = (page) => page.evaluate(() => [...(CSS.highlights.get('dossier-ext-official') ?? [])].map((r) => r.toString()));

    await check('highlight switches: a kind off from the popup, remembered across reloads', async () => {
      const url = `${first}?switches`;
      const page = await open(url);
      await waitHighlights(page);
      const id = await tabIdOf(url);
      const popup = await openExtensionPage(browser, `popup.html?tab=${id}`, () => !!document.querySelector('fieldset'));
      const toggle = (on) =>
        popup.evaluate((want) => {
          const input = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === 'Officials').querySelector('input');
          if (input.checked !== want) input.click();
        }, on);
      await toggle(false);
      await page.waitForFunction(() => !CSS.highlights.has('dossier-ext-official'), { timeout: 5000, polling: 100 });
      await page.reload({ waitUntil: 'load' });
      await waitInNewDocument(page, () => CSS.highlights.has('dossier-ext-org'), { timeout: 20000, polling: 200 });
      assert(!(await page.evaluate(() => CSS.highlights.has('dossier-ext-official'))), 'officials highlighted again after reload');
      await toggle(true);
      await page.waitForFunction(() => CSS.highlights.has('dossier-ext-official'), { timeout: 5000, polling: 100 });
      await popup.close();
    });

    await check('an article rendered after load is analysed', async () => {
      const page = await open(`${server.origin}/fixtures/late-article.html`);
      await waitHighlights(page);
      assert((await officials(page)).includes('Karin van Dijk'), `official highlights: ${await officials(page)}`);
    });

    await check('a single-page navigation to another article: old highlights gone, new ones painted', async () => {
      const page = await open(`${server.origin}/fixtures/spa.html`);
      await waitHighlights(page);
      assert((await officials(page)).includes('Salma Qudah'), `before: ${await officials(page)}`);
      await page.click('#next');
      await page.waitForFunction(() => [...(CSS.highlights.get('dossier-ext-official') ?? [])].some((r) => r.toString() === 'Youssef Farag'), { timeout: 20000, polling: 200 });
      assert(!(await officials(page)).includes('Salma Qudah'), 'old highlights left');
    });

    await check('the card keeps its own size on a page with hostile CSS', async () => {
      const page = await open(`${server.origin}/fixtures/hostile-css.html`);
      await waitHighlights(page);
      const box = await page.evaluate(firstOfficialOnScreen);
      await page.mouse.move(box.x, box.y);
      await page.waitForFunction(() => !!document.querySelector('dossier-card'), { timeout: 5000, polling: 100 });
      const w = await page.evaluate(() => document.querySelector('dossier-card').getBoundingClientRect().width);
      assert(w >= 250 && w <= 400, `card width ${w}`);
      await sleep(300);
      await page.screenshot({ path: join(artifacts, 'firefox-card-hostile.png') });
    });

    await check('the extension made no request outside the machine', async () => {
      // Firefox's own services (settings, telemetry) also knock; anything else is ours or a page's,
      // and the fixture pages load nothing from outside (this runs before
      // any saved real page, whose own ads and fonts would knock too).
      const browserOwn = /(mozilla\.(com|net|org)|firefox\.com)(:\d+)?(\/|$)/;
      const others = trap.hits.filter((h) => h.from.startsWith('moz-extension:') || !browserOwn.test(h.url));
      assert(others.length === 0, `requests that tried to leave the machine: ${others.map((h) => h.url).join(', ')}`);
    });
    if (shared) {
      await check('every saved real page’s own DOM is identical with and without Dossier', async () => {
        const pages = ['/seed/chinadaily-wwii-legacy.html', '/seed/cna-china-russia-japan.html', ...['aclu', 'breitbart', 'cnn', 'guardian-1', 'nytimes-2', 'seattletimes-1', 'wapo-2'].map((id) => `/readability/${id}/source.html`)];
        for (const path of pages) {
          const r = await compareDom(path, async () => {
            const page = await browser.newPage();
            // A saved page may try to leave for its live address; the proxy refuses, the page stays.
            await page.goto(server.origin + path).catch(() => {});
            await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('dossier')), { timeout: 15000, polling: 200 }).catch(() => {});
            return page;
          }, async () => {
            const bare = await plain.newPage();
            await bare.goto(server.origin + path).catch(() => {});
            return bare;
          });
          // The page's own scripts change it from one load to the next (ads, timers): no baseline.
          if (!r) console.log(`      (${path}: the page differs between two loads without Dossier; not comparable)`);
          else assert(r.same, `${path}: DOM differs at ${r.at}`);
        }
      });
    }

    await check('a section front is left alone', async () => {
      const page = await open(`${server.origin}/fixtures/section-front.html`);
      await sleep(1500);
      const any = await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('dossier')).length);
      assert(any === 0, 'highlights on a non-article');
    });
  } finally {
    await trap.close();
    await browser.close().catch(() => {});
    await plain.close().catch(() => {});
    await server.close();
  }
}
