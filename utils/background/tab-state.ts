// What Dossier knows about each open tab, for the popup. Kept in session storage where the
// browser has it, so a Chrome service worker that was stopped and restarted still knows.
import browser from 'webextension-polyfill';
import type { TabState } from '../messages';

const memory = new Map<number, TabState>();
const area = () => (browser.storage as unknown as { session?: browser.Storage.StorageArea }).session;
const keyOf = (tabId: number) => `tab:${tabId}`;

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  memory.set(tabId, state);
  try {
    await area()?.set({ [keyOf(tabId)]: state });
  } catch {
    // Session storage is capped (10 MB in Chrome); the in-memory copy still serves the popup.
  }
}

export async function getTabState(tabId: number): Promise<TabState | undefined> {
  const hit = memory.get(tabId);
  if (hit) return hit;
  try {
    const stored = (await area()?.get(keyOf(tabId)))?.[keyOf(tabId)] as TabState | undefined;
    if (stored) memory.set(tabId, stored);
    return stored;
  } catch {
    return undefined;
  }
}

/** For the popup: an analysed tab's state straight from session storage, if it is there. */
export async function storedTabState(tabId: number): Promise<TabState | null> {
  try {
    const stored = (await area()?.get(keyOf(tabId)))?.[keyOf(tabId)] as TabState | undefined;
    // Only a finished one: while the library's part is pending, the background's memory is
    // the one to ask (session-storage writes may land out of order).
    return stored?.status === 'article' && !stored.libraryPending ? stored : null;
  } catch {
    return null;
  }
}

export async function forgetTab(tabId: number): Promise<void> {
  memory.delete(tabId);
  try {
    await area()?.remove(keyOf(tabId));
  } catch {
    /* nothing stored */
  }
}
