import { describe, it, expect, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { getSettings, updateSettings, highlightsOn, recordingOn, DEFAULT_SETTINGS } from '@/utils/settings';
import { setTabState, getTabState, forgetTab } from '@/utils/background/tab-state';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from the defaults and remembers a change', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings({ paused: true, noHighlightSites: ['news.example'] });
    const s = await getSettings();
    expect(s.paused).toBe(true);
    expect(highlightsOn(s, 'https://news.example/a')).toBe(false);
    expect(highlightsOn(s, 'https://other.example/a')).toBe(true);
    expect(recordingOn(s, 'https://other.example/a')).toBe(false);
  });

  it('survives damaged stored settings by filling in defaults', async () => {
    await fakeBrowser.storage.local.set({ settings: { kinds: { org: false } } });
    const s = await getSettings();
    expect(s.kinds).toEqual({ official: true, person: true, org: false });
    expect(s.highlight).toBe(true);
  });
});

describe('tab state', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is kept per tab and forgotten when the tab closes', async () => {
    await setTabState(7, { status: 'not-article', url: 'https://x.example/', reason: 'a home page' });
    expect(await getTabState(7)).toEqual({ status: 'not-article', url: 'https://x.example/', reason: 'a home page' });
    await forgetTab(7);
    expect(await getTabState(7)).toBeUndefined();
  });
});
