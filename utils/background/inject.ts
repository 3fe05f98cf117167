// Inject the highlight styles and the analyser into one tab: scripting in Chrome (MV3),
// tabs.executeScript in Firefox (MV2). Neither adds an element to the page.
import browser from 'webextension-polyfill';

export async function injectAnalyzer(tabId: number, frameId = 0): Promise<void> {
  const scripting = (browser as unknown as { scripting?: typeof browser.scripting }).scripting;
  if (scripting?.executeScript) {
    // Both at once: the styles are needed only when the analyser paints, well after it starts.
    await Promise.all([
      scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, files: ['/dossier-highlights.css'] }),
      scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/analyzer.js'] }),
    ]);
  } else {
    await Promise.all([browser.tabs.insertCSS(tabId, { file: '/dossier-highlights.css', frameId }), browser.tabs.executeScript(tabId, { file: '/analyzer.js', frameId })]);
  }
}

/** What the every-page detector concluded in this tab, read from its own (isolated) world. */
export async function readQuickResult(tabId: number): Promise<{ likely: boolean; signal: string } | null> {
  const scripting = (browser as unknown as { scripting?: typeof browser.scripting }).scripting;
  type Quick = { likely: boolean; signal: string } | undefined;
  if (scripting?.executeScript) {
    const [res] = await scripting.executeScript({ target: { tabId }, func: () => (globalThis as unknown as { __dossierQuick?: Quick }).__dossierQuick ?? null });
    return (res?.result as Quick) ?? null;
  }
  const [res] = (await browser.tabs.executeScript(tabId, { code: 'window.__dossierQuick || null' })) as Quick[];
  return res ?? null;
}
