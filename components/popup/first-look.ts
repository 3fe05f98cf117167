// Imported first by the popup's main.tsx, so the tab's stored analysis is asked for before the rest of the
// popup's code (Preact, the views) is evaluated: the browser answers while that runs, instead of
// after it.
import browser from 'webextension-polyfill';
import { storedTabState } from '@/utils/background/tab-state';
import type { TabState } from '@/utils/messages';

async function targetTab(): Promise<number | null> {
  const q = new URLSearchParams(location.search).get('tab');
  if (q && /^\d+$/.test(q)) return Number(q);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export interface FirstLook {
  tabId: number | null;
  /** The finished analysis from session storage, if it is there (null: ask the background). */
  stored: TabState | null;
  error: string | null;
}

/** Never rejects: what went wrong is in `error`, for the popup to say. */
export const firstLook: Promise<FirstLook> = targetTab().then(
  async (tabId) => ({ tabId, stored: tabId === null ? null : await storedTabState(tabId), error: tabId === null ? 'No tab to show.' : null }),
  (e: unknown) => ({ tabId: null, stored: null, error: (e as Error).message }),
);
