// The background's work for each message: recognition runs here, off the page's thread, and
// the library is only ever touched here, so two tabs analysing at once queue on one database.
import browser from 'webextension-polyfill';
import { forPopup, type ExtractedPayload, type LibraryContext, type PageResult, type TabState } from '../messages';
import type { ArticleAnalysis } from '../analysis';
import { analyzeText } from '../analyze';
import { getSettings, recordingOn } from '../settings';
import { setTabState, getTabState } from './tab-state';
import { injectAnalyzer, readQuickResult } from './inject';
import { libraryService } from './library-service';
import { warmUp } from './warm-up';

export async function onCandidate(tabId: number, url: string): Promise<void> {
  // The analyser may already have analysed this address (it watches the page itself): keep it.
  const known = await getTabState(tabId);
  // Not awaited: the state is in memory at once, and the page should not wait on storage to get
  // its analyser (later states are written after this one, in order).
  if (!(known && known.status === 'article' && known.url === url)) void setTabState(tabId, { status: 'pending', url });
  try {
    const injecting = injectAnalyzer(tabId);
    warmUp();
    await injecting;
  } catch (e) {
    await setTabState(tabId, { status: 'error', url, reason: `could not run on this page (${(e as Error).message})` });
  }
}

/**
 * Recognition answers at once, so the page can paint; storing the article and reading the
 * library (which, after the worker has slept, first means loading it) follow, and the page
 * and the popup pick them up when ready (`onLibraryContext`, the tab state).
 */
export async function onAnalyze(tabId: number | undefined, p: ExtractedPayload): Promise<PageResult> {
  const analysis = analyzeText({
    text: p.text,
    url: p.url,
    scope: p.blocks.map((b) => ({ start: b.start, end: b.end, kind: b.kind })),
    meta: { ...p.meta, wordCount: p.wordCount },
    reason: p.reason,
  });
  const first: PageResult = { analysis, related: [], history: {}, recorded: false, notice: null, libraryPending: true };
  if (tabId !== undefined) void setTabState(tabId, { status: 'article', url: p.url, ...forPopup(first) });
  const work = libraryPart(analysis, p.url)
    // A library that cannot be read must not leave the popup waiting: say so instead.
    .catch((e): LibraryContext => ({ related: [], history: {}, recorded: false, notice: `Your library could not be read: ${(e as Error).message}` }))
    .then((context) => {
      if (tabId !== undefined) void setTabState(tabId, { status: 'article', url: p.url, ...forPopup({ analysis, ...context }) });
      return context;
    });
  const key = contextKey(tabId, p.url);
  pendingContext.set(key, work);
  // Forget it once collected or after a minute (unless the page was analysed again since).
  setTimeout(() => pendingContext.get(key) === work && pendingContext.delete(key), 60_000);
  return first;
}

const pendingContext = new Map<string, Promise<LibraryContext>>();
const contextKey = (tabId: number | undefined, url: string) => `${tabId ?? '-'} ${url}`;

export async function onLibraryContext(tabId: number | undefined, url: string): Promise<LibraryContext | null> {
  const work = pendingContext.get(contextKey(tabId, url));
  if (!work) return null;
  pendingContext.delete(contextKey(tabId, url));
  return work;
}

async function libraryPart(analysis: ArticleAnalysis, url: string): Promise<LibraryContext> {
  const settings = await getSettings();
  const lib = await libraryService();
  const record = recordingOn(settings, url);
  let notice: string | null = record ? null : settings.paused ? 'Recording is paused: this article was not added to your library.' : 'This site is never recorded.';
  let id: string | null = null;
  if (record) {
    const saved = await lib.save(analysis);
    id = saved.id;
    if (saved.evicted) notice = `Storage was full: the ${saved.evicted} oldest article${saved.evicted > 1 ? 's were' : ' was'} removed from your library.`;
    if (saved.error) notice = `This article could not be saved: ${saved.error}`;
  }
  const { related, history } = await lib.context(analysis, id);
  return { related, history, recorded: record && !!id, notice };
}

export async function onNotArticle(tabId: number | undefined, url: string, reason: string): Promise<void> {
  if (tabId !== undefined) await setTabState(tabId, { status: 'not-article', url, reason });
}

export async function onGetTabState(tabId: number): Promise<TabState> {
  const known = await getTabState(tabId);
  if (known) return known;
  let url: string | null = null;
  try {
    url = (await browser.tabs.get(tabId)).url ?? null;
  } catch {
    return { status: 'none', url: null, reason: 'the tab is gone' };
  }
  if (!url || !/^(https?|file):/.test(url)) return { status: 'none', url, reason: 'Dossier only reads web pages' };
  try {
    const q = await readQuickResult(tabId);
    if (!q) throw new Error('no answer');
    return { status: 'none', url, reason: q.likely ? 'it is still being read' : q.signal };
  } catch {
    return { status: 'none', url, reason: 'the page was open before Dossier was installed or updated; reload it' };
  }
}
