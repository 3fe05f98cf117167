// Injected by the background only into pages that passed the cheap test. Extracts the article
// from a copy of the page, has the background recognise and store it, then paints highlights
// and serves the entity card. Injected again on a single-page navigation: it then re-runs.
import { extractArticle } from '@/utils/article/extract';
import { sendMessage, onMessage } from '@/utils/messages';
import { getSettings, highlightsOn } from '@/utils/settings';
import { Highlighter } from '@/utils/highlight/controller';

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

  async function analyse(): Promise<void> {
    const url = location.href;
    const ex = extractArticle(document, url);
    // The same article seen again (a re-render, a second injection): nothing new to do.
    if (url === analysedUrl && ex.text.length === analysedLength) return;
    analysedUrl = url;
    analysedLength = ex.text.length;
    highlighter.clear();
    if (!ex.isArticle) {
      await sendMessage('notArticle', { url, reason: ex.reason });
      return;
    }
    const { description: _d, ...meta } = ex.meta;
    const result = await sendMessage('analyze', { url, text: ex.text, blocks: ex.blocks, meta, wordCount: ex.wordCount, reason: ex.reason });
    const settings = await getSettings();
    highlighter.attach(result, ex.blocks, highlightsOn(settings, url) ? settings.kinds : { official: false, person: false, org: false });
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
  new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (Math.abs((document.body?.textContent?.length ?? 0) - lastBodyLength) > 500) {
        lastBodyLength = document.body?.textContent?.length ?? 0;
        void run();
      }
    }, 1000);
  }).observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  let lastBodyLength = document.body?.textContent?.length ?? 0;
  void run();
});
