// End to end in Debian's Chromium with the built extension (.output/chrome-mv3): highlights on
// articles, nothing on other pages, the popup's summary and related coverage, the page's own
// DOM untouched, and not one request from the extension to anywhere.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, trapProxy } from './server.mjs';
import { check, assert, root, artifacts, isLocal } from './harness.mjs';
import { pageDomSnapshot, sharedDir, firstOfficialOnScreen, compareDom } from './common.mjs';
import { quickCheckPages, quickPathDifferences } from './quick-paths.mjs';

const EXT = join(root, '.output', 'chrome-mv3');
const baseFlags = ['--no-first-run', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function runChromium() {
  console.log('Chromium');
  const shared = sharedDir();
  const roots = { '/fixtures/': join(root, 'tests/fixtures/pages') };
  if (shared) {
    roots['/seed/'] = join(shared, 'data/seed-pages');
    roots['/readability/'] = join(shared, 'data/pages/readability');
  }
  const server = await serve(roots);
  // All traffic but loopback goes to a proxy that records and refuses it.
  const trap = await trapProxy();
  const flags = [...baseFlags, `--proxy-server=127.0.0.1:${trap.port}`];
  const profile = mkdtempSync(join(tmpdir(), 'dossier-chromium-'));
  const plainProfile = mkdtempSync(join(tmpdir(), 'dossier-plain-'));
  // Service-worker traffic is reported on the context only with this switch.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, ...flags],
  });
  const plain = await chromium.launchPersistentContext(plainProfile, { executablePath: '/usr/bin/chromium', headless: true, args: flags });
  const outside = [];
  // Requests made by the extension itself: from its service worker or its pages (a saved
  // page's own ads and fonts are the page's, not Dossier's).
  ctx.on('request', (r) => {
    let from = '';
    try {
      from = r.serviceWorker()?.url() ?? r.frame()?.url() ?? '';
    } catch {
      from = r.serviceWorker()?.url() ?? '';
    }
    if (from.startsWith('chrome-extension:') && !isLocal(r.url())) outside.push(r.url());
  });
  try {
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    const extId = new URL(sw.url()).host;
    const tabIdOf = (url) => sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
    const open = async (url) => {
      const page = await ctx.newPage();
      await page.goto(url);
      return page;
    };
    const waitHighlights = (page) => page.waitForFunction(() => CSS.highlights.has('dossier-ext-official') || CSS.highlights.has('dossier-ext-person'), null, { timeout: 20000 });
    const popupFor = async (url) => {
      const id = await tabIdOf(url);
      const popup = await ctx.newPage();
      await popup.goto(`chrome-extension://${extId}/popup.html?tab=${id}`);
      await popup.waitForSelector('article, section[aria-label="Not an article"]', { timeout: 20000 });
      return popup;
    };

    const first = `${server.origin}/fixtures/cable-damage.html`;
    const demo = `${server.origin}/fixtures/harbour-talks.html`;

    await check('an article gets highlights of each kind, through the Highlight API', async () => {
      const page = await open(first);
      await waitHighlights(page);
      const sizes = await page.evaluate(() => ['official', 'person', 'org'].map((k) => CSS.highlights.get(`dossier-ext-${k}`)?.size ?? 0));
      assert(sizes[0] > 0 && sizes[2] > 0, `highlight sizes official/person/org: ${sizes}`);
    });

    await check('the page’s own DOM is identical with and without Dossier', async () => {
      const page = await open(demo);
      await waitHighlights(page);
      const withExt = await page.evaluate(pageDomSnapshot);
      const bare = await plain.newPage();
      await bare.goto(demo);
      const without = await bare.evaluate(pageDomSnapshot);
      assert(withExt === without, 'DOM differs');
      await page.screenshot({ path: join(artifacts, 'chromium-article.png') });
    });

    await check('the popup summarises the article and lists the earlier one as related', async () => {
      const popup = await popupFor(demo);
      await popup.waitForSelector('#related', { timeout: 10000 });
      const text = await popup.locator('article').innerText();
      assert(text.includes('Nordic and Baltic ministers agree harbour security pact'), 'headline missing');
      assert(text.includes('The Meridian Post'), 'outlet missing');
      assert(/Margus Tsahkna, Foreign Minister, Estonia/.test(text), 'official with role and affiliation missing:\n' + text);
      const related = await popup.locator('ul.related li').first().innerText();
      assert(related.includes('Baltic states to share undersea cable data'), 'related article missing: ' + related);
      assert(related.includes('Margus Tsahkna') && related.includes('Elina Valtonen'), 'shared names missing: ' + related);
      await popup.screenshot({ path: join(artifacts, 'chromium-popup.png'), fullPage: true });
    });

    await check('a name clicked in the popup scrolls the page to it and flashes it', async () => {
      const url = `${demo}?reveal`;
      const page = await open(url);
      await waitHighlights(page);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const popup = await popupFor(url);
      await popup.click('ul[data-kind="people"] button, ul[data-kind="officials"] button >> nth=-1');
      // The flash lasts a moment and the scroll is smooth: wait for both to meet.
      const seen = await page
        .waitForFunction(
          () => {
            const h = CSS.highlights.get('dossier-ext-flash');
            if (!h) return false;
            const r = [...h][0].getBoundingClientRect();
            return r.top >= 0 && r.bottom <= window.innerHeight;
          },
          null,
          { timeout: 3000, polling: 20 },
        )
        .then(() => true, () => false);
      assert(seen, 'the flashed mention never came on screen');
    });

    await check('a section front is left alone and the popup says why', async () => {
      const url = `${server.origin}/fixtures/section-front.html`;
      const page = await open(url);
      await page.waitForTimeout(1500);
      const any = await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('dossier')).length);
      assert(any === 0, 'highlights on a non-article');
      const popup = await popupFor(url);
      const text = await popup.innerText('main');
      assert(/Not a news article/.test(text), text);
      const stored = await sw.evaluate(() => new Promise((res) => {
        const req = indexedDB.open('dossier');
        req.onsuccess = () => {
          const db = req.result;
          const names = [...db.objectStoreNames];
          if (!names.includes('articles')) return res([]);
          const all = db.transaction('articles').objectStore('articles').getAll();
          all.onsuccess = () => res(all.result.map((r) => r.url));
        };
        req.onerror = () => res([]);
      }));
      assert(!stored.some((u) => u && u.includes('section-front')), 'non-article stored');
    });

    if (shared) {
      await check('seed pages: the CNA article lists the China Daily one as related, sharing the officials', async () => {
        const cd = await open(`${server.origin}/seed/chinadaily-wwii-legacy.html`);
        await waitHighlights(cd);
        const cnaUrl = `${server.origin}/seed/cna-china-russia-japan.html`;
        const cna = await open(cnaUrl);
        await waitHighlights(cna);
        const popup = await popupFor(cnaUrl);
        await popup.waitForSelector('ul.related li', { timeout: 10000 });
        const related = await popup.locator('ul.related li').first().innerText();
        for (const s of ['China, Russia vow to defend WWII legacy', 'Wang Yi', 'Sergei Shoigu', 'Takaichi']) assert(related.includes(s), `${s} missing in: ${related}`);
        await popup.screenshot({ path: join(artifacts, 'chromium-seed-popup.png'), fullPage: true });
      });
    } else console.log('  (../shared not found: seed-page checks skipped)');

    if (shared) {
      await check('every saved real page’s own DOM is identical with and without Dossier', async () => {
        const pages = ['/seed/chinadaily-wwii-legacy.html', '/seed/cna-china-russia-japan.html', ...['aclu', 'breitbart', 'cnn', 'guardian-1', 'nytimes-2', 'seattletimes-1', 'wapo-2'].map((id) => `/readability/${id}/source.html`)];
        for (const path of pages) {
          const r = await compareDom(path, async () => {
            const page = await open(server.origin + path);
            // Wait until Dossier is done with the page: its highlights are painted.
            await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('dossier')), null, { timeout: 15000 }).catch(() => {});
            return page;
          }, async () => {
            const bare = await plain.newPage();
            await bare.goto(server.origin + path);
            return bare;
          });
          if (!r) console.log(`      (${path}: the page differs between two loads without Dossier; not comparable)`);
          else assert(r.same, `${path}: DOM differs at ${r.at}`);
        }
      });
    }

    await check('the quick check reads pages the same through its one XPath call as through the DOM', async () => {
      const pages = quickCheckPages(shared);
      const differ = await quickPathDifferences(plain, pages);
      assert(differ.length === 0, `${differ.length} of ${pages.length} pages differ: ${differ.slice(0, 5).join('; ')}`);
    });

    await check('the entity card: by hover and by keyboard, unreadable by the page, closed by Escape', async () => {
      const page = await open(demo);
      await waitHighlights(page);
      // The library's part (earlier articles for the card) follows the highlights.
      await page.waitForTimeout(500);
      // Where the first official is on screen, from the page's own view of its text.
      const box = await page.evaluate(firstOfficialOnScreen);
      await page.mouse.move(box.x, box.y);
      await page.waitForFunction(() => !!document.querySelector('dossier-card'), null, { timeout: 5000 });
      assert(await page.evaluate(() => document.querySelector('dossier-card').shadowRoot === null), 'card shadow root readable by the page');
      // The card's content, through the accessibility tree (which sees into closed roots).
      const cdp = await ctx.newCDPSession(page);
      const names = (await cdp.send('Accessibility.getFullAXTree')).nodes.map((n) => n.name?.value ?? '').join(' | ');
      assert(names.includes(`${box.text}: Dossier card`), `no dialog for ${box.text}: ${names.slice(0, 300)}`);
      assert(/Mention 1 of \d+ in this article/.test(names) || names.includes('Mention'), 'no mention counter');
      assert(names.includes('Baltic states to share undersea cable data'), `the card does not list the earlier article: ${names.slice(0, 400)}`);
      await page.waitForTimeout(300); // past the card's fade-in
      await page.screenshot({ path: join(artifacts, 'chromium-card-hover.png') });
      // axe-core on the card: axe cannot enter a closed root, so the debugger copies the card's
      // markup and styles out of it into a page of their own, where axe can look.
      const { root: dom } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      const find = (n) => (n.nodeName === 'DOSSIER-CARD' ? n : [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(find).find(Boolean));
      const shadow = find(dom).shadowRoots[0];
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
      const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: 'function () { return this.innerHTML; }', returnByValue: true });
      const copy = await ctx.newPage();
      await copy.setContent(`<!doctype html><html lang="en"><head><title>card</title></head><body><main>${result.value.replace(':host', '.host')}</main></body></html>`);
      await copy.evaluate(readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8'));
      const axeResult = await copy.evaluate(async () => {
        const r = await window.axe.run(document);
        return { v: r.violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.html).join(' ')}`), p: r.passes.length };
      });
      await copy.close();
      assert(axeResult.p > 3 && axeResult.v.length === 0, `axe on the card: ${JSON.stringify(axeResult)}`);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('dossier-card'));
      // Keyboard: Alt+Shift+N opens the card on the next highlighted name.
      await page.keyboard.press('Alt+Shift+KeyN');
      await page.waitForFunction(() => !!document.querySelector('dossier-card'), null, { timeout: 5000 });
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('dossier-card'));
    });

    for (const [fixture, shot] of [['hostile-css', 'card-hostile'], ['dark', 'card-dark'], ['harbour-talks', 'card-light']]) {
      await check(`the card keeps its own look on ${fixture === 'hostile-css' ? 'a page with hostile CSS' : `a ${shot.slice(5)} page`}`, async () => {
        const page = await open(`${server.origin}/fixtures/${fixture}.html?card`);
        await waitHighlights(page);
        const box = await page.evaluate(firstOfficialOnScreen);
        await page.mouse.move(box.x, box.y);
        await page.waitForFunction(() => !!document.querySelector('dossier-card'), null, { timeout: 5000 });
        await page.waitForTimeout(300);
        // The host is fixed-size content; measure what it draws.
        const size = await page.evaluate(() => {
          const host = document.querySelector('dossier-card');
          const r = host.getBoundingClientRect();
          return { w: r.width, h: r.height };
        });
        const shotPath = join(artifacts, `${shot}.png`);
        await page.screenshot({ path: shotPath });
        assert(size.w >= 250 && size.w <= 400, `card width ${size.w}`);
        assert(size.h >= 120 && size.h <= 500, `card height ${size.h}`);
      });
    }

    await check('an article rendered after load is analysed', async () => {
      const page = await open(`${server.origin}/fixtures/late-article.html`);
      await waitHighlights(page);
      const names = await page.evaluate(() => [...(CSS.highlights.get('dossier-ext-official') ?? [])].map((r) => r.toString()));
      assert(names.includes('Karin van Dijk'), `official highlights: ${names}`);
    });

    await check('a single-page navigation to another article: old highlights gone, new ones painted', async () => {
      const page = await open(`${server.origin}/fixtures/spa.html`);
      await waitHighlights(page);
      const officials = () => page.evaluate(() => [...(CSS.highlights.get('dossier-ext-official') ?? [])].map((r) => r.toString()));
      assert((await officials()).includes('Salma Qudah'), `before: ${await officials()}`);
      await page.click('#next');
      await page.waitForFunction(() => [...(CSS.highlights.get('dossier-ext-official') ?? [])].some((r) => r.toString() === 'Youssef Farag'), null, { timeout: 20000 });
      const after = await officials();
      assert(!after.includes('Salma Qudah'), `old highlights left: ${after}`);
      const popup = await popupFor(`${server.origin}/fixtures/spa.html?story=2`);
      assert((await popup.innerText('article h1')).includes('River ferry service returns'), 'popup shows the old story');
    });

    await check('infinite scroll: the next article appended below is analysed too', async () => {
      const page = await open(`${server.origin}/fixtures/infinite.html`);
      await waitHighlights(page);
      await page.mouse.wheel(0, 800);
      await page.waitForFunction(() => [...(CSS.highlights.get('dossier-ext-official') ?? [])].some((r) => r.toString() === 'Hanne Dahl'), null, { timeout: 20000 });
      const names = await page.evaluate(() => [...(CSS.highlights.get('dossier-ext-official') ?? [])].map((r) => r.toString()));
      assert(names.includes('Erik Solberg'), `the first article lost its highlights: ${names}`);
      const stored = await sw.evaluate(() => new Promise((res) => {
        const req = indexedDB.open('dossier');
        req.onsuccess = () => {
          const all = req.result.transaction('articles').objectStore('articles').getAll();
          all.onsuccess = () => res(all.result.map((r) => r.title));
        };
      }));
      for (const t of ['Fishing quotas cut as cod stocks fall', 'Wind farm approved off the western coast']) assert(stored.includes(t), `${t} not in the library: ${stored}`);
    });

    await check('highlights follow an article whose elements the page rebuilds', async () => {
      const page = await open(`${server.origin}/fixtures/rerender.html`);
      await waitHighlights(page);
      await page.click('#rerender');
      // New elements, same article: the highlights move to the new text nodes.
      await page.waitForFunction(() => {
        const h = CSS.highlights.get('dossier-ext-official');
        return !!h && h.size > 0 && [...h].every((r) => !r.collapsed) && [...h].some((r) => r.toString() === 'Ivan Horvat');
      }, null, { timeout: 10000 });
      const names = await page.evaluate(() => [...CSS.highlights.get('dossier-ext-official')].map((r) => r.toString()));
      assert(names.includes('Ivan Horvat'), `after the rebuild: ${names}`);
    });

    await check('highlight switches: a kind off from the popup, remembered across reloads', async () => {
      // A tab of its own (the address is unique), so the popup is about this page.
      const url = `${first}?switches`;
      const page = await open(url);
      await waitHighlights(page);
      const popup = await popupFor(url);
      await popup.getByLabel('Officials').uncheck();
      await page.waitForFunction(() => !CSS.highlights.has('dossier-ext-official'), null, { timeout: 5000 });
      await page.reload();
      await page.waitForFunction(() => CSS.highlights.has('dossier-ext-org'), null, { timeout: 20000 });
      assert(!(await page.evaluate(() => CSS.highlights.has('dossier-ext-official'))), 'officials highlighted again after reload');
      await popup.getByLabel('Officials').check();
      await page.waitForFunction(() => CSS.highlights.has('dossier-ext-official'), null, { timeout: 5000 });
    });

    await check('the library lists what was read; an entity page; export, clear, import', async () => {
      const lib = await ctx.newPage();
      await lib.goto(`chrome-extension://${extId}/library.html`);
      await lib.waitForSelector('ul.articles li');
      const titles = await lib.locator('ul.articles li a').allInnerTexts();
      for (const t of ['Nordic and Baltic ministers agree harbour security pact in Tallinn', 'Baltic states to share undersea cable data after ministers meet']) assert(titles.includes(t), `${t} missing in ${titles}`);
      await lib.fill('input[type=search]', 'undersea');
      await lib.waitForFunction(() => document.querySelectorAll('ul.articles li').length === 1);
      await lib.fill('input[type=search]', '');
      // The entity page for an official in both articles.
      await lib.goto(`chrome-extension://${extId}/library.html#entity=margus%20tsahkna`);
      await lib.waitForSelector('h1');
      assert((await lib.innerText('h1')) === 'Margus Tsahkna', await lib.innerText('main'));
      assert((await lib.locator('main li').count()) >= 2, 'entity page lists fewer than two articles');
      await lib.screenshot({ path: join(artifacts, 'chromium-entity-page.png'), fullPage: true });
      // Export, clear, import.
      await lib.goto(`chrome-extension://${extId}/library.html`);
      await lib.waitForSelector('ul.articles li');
      const before = await lib.locator('ul.articles li').count();
      const [download] = await Promise.all([lib.waitForEvent('download'), lib.click('text=Export library')]);
      const file = join(artifacts, 'library-export.json');
      await download.saveAs(file);
      await lib.click('text=Clear library…');
      await lib.click('text=Yes, clear everything');
      await lib.waitForSelector('text=No articles yet');
      await lib.setInputFiles('input[type=file]', file);
      await lib.waitForSelector('ul.articles li');
      await lib.waitForFunction((n) => document.querySelectorAll('ul.articles li').length === n, before);
      assert(/Imported: \d+ new/.test(await lib.innerText('[role=status]')), await lib.innerText('[role=status]'));
    });

    await check('axe-core finds no accessibility violations in the popup and the library', async () => {
      const axe = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
      for (const page of [await popupFor(demo), await (async () => {
        const lib = await ctx.newPage();
        await lib.goto(`chrome-extension://${extId}/library.html`);
        await lib.waitForSelector('main');
        return lib;
      })()]) {
        // Through the debugger, which extension pages' script policy does not govern.
        await page.evaluate(axe);
        const { violations, passes } = await page.evaluate(async () => {
          const r = await window.axe.run(document);
          return { violations: r.violations.map((v) => `${v.id}: ${v.nodes.length}`), passes: r.passes.length };
        });
        assert(passes > 5, `axe checked too little (${passes} rules passed)`);
        assert(violations.length === 0, `${page.url()}: ${violations.join(', ')}`);
      }
    });

    await check('the extension made no request outside the machine', async () => {
      assert(outside.length === 0, outside.join(', '));
      const ours = trap.hits.filter((h) => h.from.startsWith('chrome-extension:'));
      assert(ours.length === 0, `extension requests that tried to leave the machine: ${ours.map((h) => h.url).join(', ')}`);
    });
  } finally {
    await ctx.close();
    await plain.close();
    await server.close();
    await trap.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(plainProfile, { recursive: true, force: true });
  }
}
