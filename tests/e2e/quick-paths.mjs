// The every-page quick check reads a page in a browser with one XPath call; the command line and
// the unit tests (linkedom, no XPath) read it with selectors and a loop. This runs both paths
// in the browser on the same pages and reports where they disagree.
import { build } from 'esbuild';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { root } from './harness.mjs';

/** The fixtures, and (when ../shared is there) up to `perSource` labelled saved pages of each source. */
export function quickCheckPages(shared, perSource = 12) {
  const dir = join(root, 'tests/fixtures/pages');
  const pages = readdirSync(dir).map((f) => ({ name: f, url: `https://news.example/${f.replace('.html', '')}-a-story-about-ports`, html: readFileSync(join(dir, f), 'utf8') }));
  if (!shared) return pages;
  for (const source of readdirSync(join(shared, 'data/pages'))) {
    const labels = join(shared, 'data/pages', source, 'labels.csv');
    if (!existsSync(labels)) continue;
    const rows = readFileSync(labels, 'utf8').split('\n').slice(1).filter(Boolean);
    for (const row of rows.slice(0, perSource)) {
      const file = row.split(',')[0];
      const raw = readFileSync(join(shared, 'data/pages', source, file));
      const url = row.match(/https?:\/\/[^,"]+/)?.[0] ?? 'https://example.invalid/unknown/page';
      pages.push({ name: `${source}/${file}`, url, html: (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8') });
    }
  }
  return pages;
}

/** Names of pages where the XPath path and the DOM path give different answers. */
export async function quickPathDifferences(ctx, pages) {
  const bundle = await build({ entryPoints: [join(root, 'utils/article/quick.ts')], bundle: true, format: 'iife', globalName: '__quick', write: false, logLevel: 'error' });
  const code = bundle.outputFiles[0].text;
  const differ = [];
  const page = await ctx.newPage();
  for (const p of pages) {
    await page.setContent(p.html, { waitUntil: 'domcontentloaded', timeout: 30000 }).catch(() => {});
    // A string, not a function: evaluated by the debugger protocol, past the page's own CSP.
    const r = await page.evaluate(`(() => {
      ${code};
      const { quickCheck } = __quick;
      // The same document without evaluate(): the quick check then takes its DOM path.
      const plain = new Proxy(document, { get: (t, k) => (k === 'evaluate' ? undefined : typeof t[k] === 'function' ? t[k].bind(t) : t[k]) });
      return [quickCheck(document, ${JSON.stringify(p.url)}), quickCheck(plain, ${JSON.stringify(p.url)})];
    })()`);
    if (r[0].likely !== r[1].likely || r[0].signal !== r[1].signal) differ.push(`${p.name} (XPath: ${r[0].signal}; DOM: ${r[1].signal})`);
  }
  await page.close();
  return differ;
}
