// Runs on every page, so it stays tiny: a cheap test of whether this looks like a news
// article, and nothing else. Only when it passes does the background inject the analyser.
import { quickCheck } from '@/utils/article/quick';
import { onMessage, sendMessage } from '@/utils/messages';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  main(ctx) {
    let last = { likely: false, signal: 'not checked yet' };
    let sentFor = '';
    const check = () => {
      last = quickCheck(document, location.href);
      if (last.likely && sentFor !== location.href) {
        sentFor = location.href;
        sendMessage('candidate', { url: location.href, signal: last.signal }).catch(() => {});
      }
      return last.likely;
    };
    const remove = onMessage('quickStatus', () => last);
    ctx.onInvalidated(remove);
    if (check()) return;
    // Some sites render the article after load: look again, briefly and cheaply, as the
    // page grows; stop as soon as it passes or after a few seconds.
    let timer = 0;
    const observer = new MutationObserver(() => {
      if (timer) return;
      timer = ctx.setTimeout(() => {
        timer = 0;
        if (check()) observer.disconnect();
      }, 400);
    });
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
    ctx.setTimeout(() => observer.disconnect(), 8000);
    ctx.onInvalidated(() => observer.disconnect());
    // Single-page apps: a History API navigation to another article.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      sentFor = '';
      ctx.setTimeout(check, 300);
    });
  },
});
