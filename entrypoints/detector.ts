// Runs on every page (declared in wxt.config.ts), so it is kept as small and cheap as a script
// can be: no framework wrapper, no libraries, one cheap test. Only when the page looks like a
// news article does the background inject the analyser. The built file opens with V8's
// compile hint (wxt.config.ts): every function here runs on load, and compiling each lazily,
// once to skim and again to run, cost about half a millisecond on a page.
// It reads document.URL rather than location: one wrapper fewer to make in the isolated world.
import { quickCheckWith, xpathFigures, type QuickResult } from '@/utils/article/quick-core';
import type { CandidateMessage } from '@/utils/messages';

declare global {
  // Read by the background (utils/background/inject.ts) when the popup asks why a page was left alone.
  // eslint-disable-next-line no-var
  var __dossierQuick: QuickResult | undefined;
}

export default defineUnlistedScript(() => {
  let sentFor = '';
  const check = () => {
    const last = quickCheckWith(document, document.URL, xpathFigures);
    globalThis.__dossierQuick = last;
    if (last.likely && sentFor !== document.URL) {
      sentFor = document.URL;
      // The extension API is touched only here, on likely articles: binding it costs time.
      const api = (globalThis as unknown as { browser?: Runtime; chrome: Runtime }).browser ?? (globalThis as unknown as { chrome: Runtime }).chrome;
      const msg: CandidateMessage = { dossier: 'candidate', url: document.URL, signal: last.signal };
      Promise.resolve(api.runtime.sendMessage(msg)).catch(() => {});
    }
    return last.likely;
  };
  if (check()) return watchNavigation(check);
  // Some sites render the article after load: look again, cheaply, as the page grows, and
  // stop as soon as it passes or after a few seconds.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (check()) {
        observer.disconnect();
        watchNavigation(check);
      }
    }, 400);
  });
  // The document itself, not its body: touching an element wrapper costs a non-article time.
  observer.observe(document, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), 8000);
});

/** Single-page news sites change articles through the History API: look again then. Only
 * pages that were articles are watched, so other pages pay nothing. */
function watchNavigation(check: () => boolean): void {
  let url = document.URL;
  const onChange = () => {
    if (document.URL === url) return;
    url = document.URL;
    setTimeout(check, 300);
  };
  addEventListener('popstate', onChange);
  setInterval(onChange, 1000);
}

interface Runtime {
  runtime: { sendMessage(message: unknown): unknown };
}
