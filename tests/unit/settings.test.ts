import { describe, it, expect, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { getSettings, updateSettings, highlightsOn, recordingOn, DEFAULT_SETTINGS } from '@/utils/settings';
import { setTabState, getTabState, forgetTab, storedTabState } from '@/utils/background/tab-state';
import { analyzeText } from '@/utils/analyze';
import { forPopup } from '@/utils/messages';

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

  it('gives the popup an analysed tab from session storage, without the article text or offsets', async () => {
    const text = 'Ministers meet in Tallinn\n\nForeign Minister Margus Tsahkna of Estonia met Finnish Foreign Minister Elina Valtonen on Friday. Tsahkna said the talks went well.';
    const analysis = analyzeText({ text, meta: { url: 'https://x.example/a', title: 'Ministers meet in Tallinn' } });
    if (!analysis.isArticle) throw new Error('expected an article');
    await setTabState(3, { status: 'article', url: 'https://x.example/a', ...forPopup({ analysis, related: [], history: {}, recorded: true, notice: null }) });
    const got = await storedTabState(3);
    if (got?.status !== 'article') throw new Error('expected the stored article');
    expect(got.analysis.people.find((p) => p.name === 'Margus Tsahkna')?.count).toBe(2);
    expect(JSON.stringify(got)).not.toContain('talks went well');
    expect(JSON.stringify(got)).not.toContain('"start"');
    await setTabState(4, { status: 'pending', url: 'https://x.example/b' });
    expect(await storedTabState(4)).toBeNull();
    await setTabState(5, { status: 'article', url: 'https://x.example/a', ...forPopup({ analysis, related: [], history: {}, recorded: false, notice: null, libraryPending: true }) });
    expect(await storedTabState(5)).toBeNull();
  });
});
