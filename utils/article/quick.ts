// The quick check on any document: in a browser through XPath (quick-core.ts), elsewhere
// (linkedom in the command line and the tests, which has no XPath) with selectors and a loop
// that compute the same packed figures. The every-page script imports quick-core.ts alone, so
// none of this is compiled on pages that are not articles.
import { quickCheckWith, xpathFigures, type QuickResult } from './quick-core';

export type { QuickResult };

/** Paragraphs sampled, and characters of JSON-LD read. */
const MAX_PARAGRAPHS = 40;
const MAX_JSONLD_CHARS = 100_000;
const OPEN_GRAPH = 'meta[property="og:type"][content="article" i],meta[name="og:type"][content="article" i]';
const PUBLISHED = 'meta[property="article:published_time"],meta[name="article:published_time"],meta[itemprop="datePublished"],meta[name="datePublished"],meta[property="datePublished"]';
const ARTICLE_TYPE = /"@type"\s*:\s*(?:\[[^\]]{0,200})?"(?:https?:\/\/schema\.org\/)?(?:\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle)"/;

export function quickCheck(doc: Document, url: string): QuickResult {
  return quickCheckWith(doc, url, typeof doc.evaluate === 'function' ? xpathFigures : pageFiguresByDom);
}

/** The packed figures of quick-core.ts's FIGURES, from selectors. */
function pageFiguresByDom(doc: Document): number {
  if (doc.querySelector(OPEN_GRAPH)) return 4e6;
  const published = !!doc.querySelector(PUBLISHED);
  let jsonLd = false;
  const ld = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < ld.length && i < 20 && !jsonLd; i++) {
    const t = ld[i].textContent ?? '';
    jsonLd = ARTICLE_TYPE.test(t.length > MAX_JSONLD_CHARS ? t.slice(0, MAX_JSONLD_CHARS) : t);
  }
  const paragraphs = doc.getElementsByTagName('p');
  let long = 0;
  let prose = 0;
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS; i++) {
    const n = paragraphs[i].textContent?.length ?? 0;
    if (n >= 120) long++;
    if (n >= 40) prose++;
  }
  const headline = doc.getElementsByTagName('h1').length > 0 || doc.getElementsByTagName('article').length > 0;
  return (published ? 2e6 : 0) + (jsonLd ? 1e6 : 0) + (headline ? 1e4 : 0) + long * 100 + prose;
}
