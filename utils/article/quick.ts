// The cheap first test, on every page: a handful of selector lookups, no text walking beyond
// a bounded sample, no dependencies. It only has to let articles through; the full test
// (detect.ts) runs afterwards on the pages that pass.

const ARTICLE_TYPES = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|Article|BlogPosting|LiveBlogPosting|Report)"/;

export interface QuickResult {
  likely: boolean;
  signal: string;
}

export function quickCheck(doc: Document, url: string): QuickResult {
  let path = '/';
  try {
    const u = new URL(url);
    path = u.pathname;
    if (/^\/(search|login|signin|account|cart|checkout)\b/i.test(path) || u.searchParams.has('q')) return { likely: false, signal: 'a search or account page' };
  } catch {
    /* not a URL we can read: judge by the page alone */
  }
  if (!doc.body) return { likely: false, signal: 'the page has no body' };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const t = s.textContent ?? '';
    if (t.length < 200000 && ARTICLE_TYPES.test(t)) return { likely: true, signal: 'schema.org article data' };
  }
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.toLowerCase();
  if (og === 'article') return { likely: true, signal: 'Open Graph type article' };
  if (doc.querySelector('meta[property="article:published_time"], meta[name="publishdate"], meta[name="pubdate"], meta[itemprop="datePublished"]')) {
    return { likely: true, signal: 'an article publication date' };
  }
  // Structure: a headline and enough paragraph text, sampled from at most 60 paragraphs.
  const paragraphs = doc.querySelectorAll('article p, main p, p');
  let chars = 0;
  let long = 0;
  for (let i = 0; i < paragraphs.length && i < 60; i++) {
    const n = paragraphs[i].textContent?.length ?? 0;
    chars += n;
    if (n > 120) long++;
  }
  if (doc.querySelector('h1') && long >= 3 && chars > 700) return { likely: true, signal: 'a headline and paragraphs of text' };
  if (path === '/' || path === '') return { likely: false, signal: 'a home page' };
  return { likely: false, signal: 'no sign of an article (no article metadata, little running text)' };
}
