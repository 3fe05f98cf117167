// Injected by the background only into pages that passed the cheap test. Extracts the article
// from a copy of the page, has the background recognise and store it, then paints highlights
// and serves the entity card. Injected again on a single-page navigation: it then re-runs.
import { extractArticle } from '@/utils/article/extract';
import { sendMessage, onMessage } from '@/utils/messages';
import { getSettings, highlightsOn } from '@/utils/settings';
import { Highlighter } from '@/utils/highlight/controller';
import { appendedRoots, extractRoot, appendedUrl } from '@/utils/article/appended';

declare global {
  // eslint-disable-next-line no-var
  var __dossierAnalyzer: { run(): Promise<void> } | undefined;
}

export default defineUnlistedScript(() => {
  if (globalThis.__dossierAnalyzer) {
    void globalThis.__dossierAnalyzer.run();
    return;
  }
  const highlighter = new Highlighter();
  let running: Promise<void> | null = null;
  let analysedUrl = '';
  let analysedLength = 0;
  /** Addresses already analysed on this page, appended articles included. */
  const seenUrls = new Set<string>();
  const seenRoots = new WeakSet<Element>();

  const visibleKinds = async (url: string) => {
    const settings = await getSettings();
    return highlightsOn(settings, url) ? settings.kinds : { official: false, person: false, org: false };
  };

  async function analyse(): Promise<void> {
    const url = location.href;
    // An infinite-scroll site moved its address to an article already analysed below.
    if (url !== analysedUrl && seenUrls.has(url)) return;
    const ex = extractArticle(document, url);
    // The same article seen again (a re-render, a second injection): nothing to analyse; if
    // the page rebuilt its elements, the highlights follow the new ones.
    if (url === analysedUrl && ex.text.length === analysedLength) {
      if (highlighter.stale()) highlighter.reanchor();
      return;
    }
    analysedUrl = url;
    analysedLength = ex.text.length;
    highlighter.clear();
    if (!ex.isArticle) {
      await sendMessage('notArticle', { url, reason: ex.reason });
      return;
    }
    seenUrls.add(url);
    const { description: _d, ...meta } = ex.meta;
    // The reader's highlight settings are read while the background recognises.
    const kinds = visibleKinds(url);
    kinds.catch(() => {}); // awaited below; not left unhandled if the analysis fails first
    const result = await sendMessage('analyze', { url, text: ex.text, blocks: ex.blocks, meta, wordCount: ex.wordCount, reason: ex.reason });
    highlighter.attach(result, ex.blocks, await kinds);
    await collectHistory(url);
  }

  /** After painting: the earlier articles that mention each entity, for the cards. */
  async function collectHistory(url: string): Promise<void> {
    const context = await sendMessage('libraryContext', { url });
    if (context) highlighter.addHistory(context.history);
  }

  /** Articles appended below (infinite scroll), each analysed on its own. */
  async function analyseAppended(roots: Element[]): Promise<void> {
    for (const root of roots) {
      seenRoots.add(root);
      const probe = extractRoot(root, location.href);
      if (!probe.isArticle) continue;
      const url = appendedUrl(root, location.href, probe.meta.title);
      if (seenUrls.has(url)) continue;
      seenUrls.add(url);
      const ex = extractRoot(root, url);
      const { description: _d, ...meta } = ex.meta;
      const result = await sendMessage('analyze', { url, text: ex.text, blocks: ex.blocks, meta, wordCount: ex.wordCount, reason: `${ex.reason}, appended to the page` });
      highlighter.attach(result, ex.blocks, await visibleKinds(url), root);
      await collectHistory(url);
    }
  }

  const run = () => (running ??= analyse().catch((e) => console.debug('Dossier:', e)).finally(() => (running = null)));
  globalThis.__dossierAnalyzer = { run };

  onMessage('revealEntity', ({ data }) => highlighter.reveal(data.key));
  onMessage('settingsChanged', ({ data }) => {
    highlighter.setVisible(highlightsOn(data, location.href) ? data.kinds : { official: false, person: false, org: false });
  });
  // A long-lived page that swaps its article in place (infinite scroll, re-render): look again
  // when the text under the body changes a lot, debounced so a ticker does not cost anything.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let added: Element[] = [];
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) added.push(n as Element);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const roots = appendedRoots(added).filter((r) => !seenRoots.has(r) && !r.contains(document.querySelector('h1')) );
      added = [];
      const length = document.body?.textContent?.length ?? 0;
      if (Math.abs(length - lastBodyLength) <= 500) {
        // Same text, new elements (a framework re-render): move the highlights over.
        if (highlighter.stale()) void run();
        return;
      }
      lastBodyLength = length;
      // New articles below the analysed one; otherwise the article itself was replaced.
      if (roots.length && analysedLength > 0) void analyseAppended(roots).catch((e) => console.debug('Dossier:', e));
      else void run();
    }, 1000);
  }).observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  let lastBodyLength = document.body?.textContent?.length ?? 0;
  void run();
});
