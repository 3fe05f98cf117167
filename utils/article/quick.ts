// The cheap first test, on every page the browser shows: a few attribute lookups and a bounded
// sample of paragraphs, no dependencies, well under a millisecond. It only has to let articles
// through (a false alarm costs one full check in detect.ts, a miss loses the article), so
// any one sign of an article is enough, and only plainly other pages are turned away.

export interface QuickResult {
  likely: boolean;
  signal: string;
}

const ARTICLE_TYPE = /"@type"\s*:\s*(?:\[[^\]]{0,200})?"(?:https?:\/\/schema\.org\/)?(?:\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle)"/;
const NOT_ARTICLE_PATH = /^\/(search|login|log-in|signin|sign-in|signup|register|account|cart|checkout|settings|inbox|dashboard|admin)(\/|$)/i;
/** Paragraphs sampled, and characters of JSON-LD read. */
const MAX_PARAGRAPHS = 40;
const MAX_JSONLD_CHARS = 100_000;

export function quickCheck(doc: Document, url: string): QuickResult {
  let path = '';
  let articleAddress = false;
  try {
    const u = new URL(url);
    path = u.pathname;
    if (NOT_ARTICLE_PATH.test(path) || u.searchParams.has('q') || u.searchParams.has('query')) return { likely: false, signal: 'a search, sign-in or account page' };
    // An address shaped like a story: a long slug, a long number, or an id in the query.
    articleAddress =
      path.split('/').some((s) => s.split(/[-_]+/).filter((w) => /\p{L}/u.test(w)).length >= 4 || /\d{5,}/.test(s)) ||
      /(^|&)(id|idx|aid|article|articleid|story|storyid|p|newsid|no)=\d+/i.test(u.search.slice(1));
  } catch {
    /* not an address we can read: judge by the page alone */
  }
  const body = doc.body;
  if (!body) return { likely: false, signal: 'the page has no body' };

  // One pass over the meta tags (they sit in the head: a short list).
  let dated = false;
  const metas = (doc.head ?? doc).getElementsByTagName('meta');
  for (let i = 0; i < metas.length && i < 400; i++) {
    const m = metas[i];
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
    if (!key) continue;
    if (key === 'og:type' && (m.getAttribute('content') ?? '').trim().toLowerCase() === 'article') return { likely: true, signal: 'Open Graph type article' };
    if (key === 'article:published_time' || key === 'datepublished') return { likely: true, signal: 'article publication metadata' };
    if (key === 'pubdate' || key === 'publishdate' || key === 'date' || key === 'dc.date' || key === 'dc.date.issued' || key === 'sailthru.date') dated = true;
  }
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0, seen = 0; i < scripts.length && seen < 20; i++) {
    if (scripts[i].getAttribute('type') !== 'application/ld+json') continue;
    seen++;
    const t = scripts[i].textContent ?? '';
    if (ARTICLE_TYPE.test(t.length > MAX_JSONLD_CHARS ? t.slice(0, MAX_JSONLD_CHARS) : t)) return { likely: true, signal: 'schema.org article data' };
  }
  if (path === '/' || path === '') return { likely: false, signal: 'a home page' };

  // Structure: a headline and paragraphs of prose, from a bounded sample.
  const paragraphs = doc.getElementsByTagName('p');
  let chars = 0;
  let long = 0;
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS; i++) {
    const n = paragraphs[i].textContent?.length ?? 0;
    chars += n;
    if (n >= 120) long++;
  }
  const headline = doc.getElementsByTagName('h1').length > 0 || doc.getElementsByTagName('article').length > 0;
  if (headline && long >= 2 && chars >= 500) return { likely: true, signal: 'a headline and paragraphs of text' };
  if (long >= 4 && chars >= 1000) return { likely: true, signal: 'paragraphs of running text' };
  if (articleAddress) return { likely: true, signal: 'an address shaped like a story' };
  if ((dated || doc.getElementsByTagName('time').length > 0) && long >= 1) {
    return { likely: true, signal: 'a dated page with some running text' };
  }
  return { likely: false, signal: 'no sign of an article (no article metadata, little running text)' };
}
