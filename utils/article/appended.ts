// Infinite scroll: a news site appends the next article below the one being read. The new
// article is found among the added nodes and extracted on its own, from a document that holds
// only it, so Readability cannot mistake the page's first article for it.
import { extractArticle, type Extracted } from './extract';

const MIN_TEXT = 600;

/** Roots of articles among newly added elements: <article> elements, or big blocks of text. */
export function appendedRoots(added: Element[]): Element[] {
  const out = new Set<Element>();
  for (const el of added) {
    if (!el.isConnected) continue;
    const articles = el.matches('article') ? [el] : [...el.querySelectorAll('article')];
    for (const a of articles) if ((a.textContent?.length ?? 0) >= MIN_TEXT) out.add(a);
    if (!articles.length && el.querySelector('h1, h2') && el.querySelectorAll('p').length >= 3 && (el.textContent?.length ?? 0) >= MIN_TEXT) out.add(el);
  }
  // An outer root already covers the roots inside it.
  return [...out].filter((r) => ![...out].some((o) => o !== r && o.contains(r)));
}

/** Extract one appended article on its own. */
export function extractRoot(root: Element, url: string): Extracted {
  const doc = document.implementation.createHTMLDocument(root.querySelector('h1, h2')?.textContent?.trim() ?? '');
  doc.documentElement.setAttribute('lang', document.documentElement.getAttribute('lang') ?? 'en');
  for (const m of document.querySelectorAll('meta[property="og:site_name"], meta[name="application-name"]')) doc.head.append(m.cloneNode(true));
  doc.body.append(doc.importNode(root, true));
  const ex = extractArticle(doc, url);
  // Appended below an article, inside its own <article> element, a piece needs less proof:
  // the page already told us it is a news page, and the element says where the story is.
  if (!ex.isArticle && ex.text && ex.wordCount >= 120 && root.matches('article')) {
    return { ...ex, isArticle: true, reason: `an <article> of ${ex.wordCount} words appended below the one being read` };
  }
  return ex;
}

/** An address for an appended article: its own link when it has one, else the page's with an
 * anchor naming it, so the library keeps it apart from the article above it. */
export function appendedUrl(root: Element, pageUrl: string, title: string): string {
  const own = root.querySelector<HTMLAnchorElement>('h1 a[href], h2 a[href], a[rel="bookmark"]')?.href;
  if (own && own !== pageUrl) return own;
  const slug = title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `${pageUrl.split('#')[0]}#article=${slug}`;
}
