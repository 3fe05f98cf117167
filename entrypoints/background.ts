// The background: injects the analyser where the cheap test passed, recognises and stores
// articles, and answers the popup and library pages. Every listener is registered at the top
// level so a restarted service worker hears the message that woke it.
import browser from 'webextension-polyfill';
import { onMessage, type CandidateMessage } from '@/utils/messages';
import { onAnalyze, onCandidate, onGetTabState, onLibraryContext, onNotArticle } from '@/utils/background/handlers';
import { forgetTab, setTabState } from '@/utils/background/tab-state';
import { libraryService } from '@/utils/background/library-service';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
    const m = msg as CandidateMessage | null;
    if (m?.dossier === 'candidate' && sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0) void onCandidate(sender.tab.id, m.url);
    return undefined;
  });
  onMessage('analyze', ({ data, sender }) => onAnalyze(sender.tab?.id, data));
  onMessage('libraryContext', ({ data, sender }) => onLibraryContext(sender.tab?.id, data.url));
  onMessage('notArticle', ({ data, sender }) => onNotArticle(sender.tab?.id, data.url, data.reason));
  onMessage('getTabState', ({ data }) => onGetTabState(data.tabId));
  onMessage('revealEntity', async ({ data }) => {
    const { sendMessage } = await import('@/utils/messages');
    return sendMessage('revealEntity', data, data.tabId).catch(() => false);
  });
  onMessage('listArticles', async ({ data }) => (await libraryService()).list(data));
  onMessage('entityPage', async ({ data }) => (await libraryService()).entityPage(data.key));
  onMessage('deleteArticle', async ({ data }) => (await libraryService()).remove(data.id));
  onMessage('clearLibrary', async () => (await libraryService()).clear());
  onMessage('exportLibrary', async () => (await libraryService()).exportJson());
  onMessage('importLibrary', async ({ data }) => (await libraryService()).importJson(data.json));

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // A new page in the tab: what we knew is stale until the content script says otherwise.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) void setTabState(tabId, { status: 'none', url: change.url, reason: 'it is still being read' });
  });
});
