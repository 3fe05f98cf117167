// Inject the highlight styles and the analyser into one tab: scripting in Chrome (MV3),
// tabs.executeScript in Firefox (MV2). Neither adds an element to the page.
import browser from 'webextension-polyfill';

export async function injectAnalyzer(tabId: number, frameId = 0): Promise<void> {
  const scripting = (browser as unknown as { scripting?: typeof browser.scripting }).scripting;
  if (scripting?.executeScript) {
    await scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, files: ['/dossier-highlights.css'] });
    await scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/analyzer.js'] });
  } else {
    await browser.tabs.insertCSS(tabId, { file: '/dossier-highlights.css', frameId });
    await browser.tabs.executeScript(tabId, { file: '/analyzer.js', frameId });
  }
}
