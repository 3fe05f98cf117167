// The popup: for one tab, the article's summary, who's who, quotes and related coverage, or why
// Dossier left the page alone. `popup.html?tab=<id>` shows a given tab in a full page.
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { sendMessage, type TabState } from '@/utils/messages';
import type { FirstLook } from './first-look';
import { ArticleView } from './ArticleView';
import { Controls } from './Controls';

/** `first`: the tab and its stored analysis, read before the first render (first-look.ts), so
 * that the first frame already shows the article rather than "Reading…". */
export function App({ first }: { first: FirstLook }) {
  const tabId = first.tabId;
  const [state, setState] = useState<TabState | null>(first.stored);
  const [error, setError] = useState<string | null>(first.error);

  useEffect(() => {
    const id = tabId;
    if (id === null || first.stored) return;
    let stop = false;
    let timer: ReturnType<typeof setTimeout>;
    // Only what session storage did not have (pending, left alone) needs asking the background.
    const load = async () => {
      try {
        const s = await sendMessage('getTabState', { tabId: id });
        if (stop) return;
        setState(s);
        // The analysis, or the library's part of it, may still be running when the popup opens.
        if (s.status === 'pending' || (s.status === 'article' && s.libraryPending)) timer = setTimeout(load, 250);
      } catch (e) {
        if (!stop) setError((e as Error).message);
      }
    };
    void load();
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [first, tabId]);

  // The first render with content, for the popup budget in npm run bench: when the DOM holds
  // it, and when the frame that paints it begins.
  useLayoutEffect(() => {
    if (!state || state.status === 'pending') return;
    performance.mark('dossier:rendered');
    requestAnimationFrame(() => performance.mark('dossier:painted'));
  }, [state]);

  const fullPage = new URLSearchParams(location.search).has('tab');
  return (
    <main>
      <div class="bar">
        <span class="brand">Dossier</span>
        <span>
          {!fullPage && tabId !== null && (
            <a href={browser.runtime.getURL(`/popup.html?tab=${tabId}`)} target="_blank" rel="noopener">
              Open in a tab
            </a>
          )}{' '}
          · <a href={browser.runtime.getURL('/library.html')} target="_blank" rel="noopener">Library</a>
        </span>
      </div>
      {error && <p role="alert">Dossier could not read this tab: {error}</p>}
      {!error && !state && <p aria-busy="true">Reading…</p>}
      {state?.status === 'pending' && <p aria-busy="true">Analysing this article…</p>}
      {(state?.status === 'none' || state?.status === 'not-article') && (
        <section aria-label="Not an article">
          <h1>Not a news article</h1>
          <p>Dossier leaves this page alone: {state.reason}.</p>
        </section>
      )}
      {state?.status === 'error' && <p role="alert">Dossier could not analyse this page: {state.reason}</p>}
      {state?.status === 'article' && tabId !== null && <ArticleView state={state} tabId={tabId} />}
      {tabId !== null && <Controls tabId={tabId} url={state && 'url' in state ? state.url : null} />}
    </main>
  );
}
