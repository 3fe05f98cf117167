// The full decision, once the page's text has been extracted: article metadata and the mass
// of running text for, listings, video, recipes and forums against.
import type { PageMeta } from './metadata';

export interface Body {
  words: number;
  /** Paragraphs of at least a dozen words. */
  paragraphs: number;
}

const ARTICLE = /^(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|Article|BlogPosting|LiveBlogPosting|Report)$/;
const NOT_ARTICLE: [RegExp, string][] = [
  [/^(Recipe)$/, 'a recipe page'],
  [/^(DiscussionForumPosting|QAPage|SocialMediaPosting)$/, 'a forum or discussion thread'],
  [/^(SearchResultsPage)$/, 'a search results page'],
  [/^(CollectionPage|ItemList)$/, 'a section front or listing of articles'],
  [/^(VideoObject|og:video.*)$/, 'a video page'],
  [/^(ImageGallery)$/, 'a photo gallery'],
];

/** Share of the page's text that sits inside links: high on fronts and listings. */
function linkDensity(doc: Document): { density: number; links: number } {
  const body = doc.body;
  if (!body) return { density: 1, links: 0 };
  const total = body.textContent?.replace(/\s+/g, '').length ?? 0;
  let linked = 0;
  let links = 0;
  for (const a of body.querySelectorAll('a[href]')) {
    const n = a.textContent?.replace(/\s+/g, '').length ?? 0;
    linked += n;
    if (n > 30) links++;
  }
  return { density: total ? linked / total : 1, links };
}

function pathLooksLikeListing(url: string | null): boolean {
  if (!url) return false;
  try {
    const p = new URL(url).pathname.replace(/\/+$/, '');
    if (!p) return true;
    const parts = p.split('/').filter(Boolean);
    // "/news/world", "/section/politics", "/topics/x": short paths without a slug or an id.
    return parts.length <= 2 && !parts.some((s) => /\d{4,}|-.*-.*-/.test(s) || s.length > 30);
  } catch {
    return false;
  }
}

export function detectArticle(doc: Document, url: string | null, meta: PageMeta, body: Body): { isArticle: boolean; reason: string } {
  const typed = meta.types.find((t) => ARTICLE.test(t));
  const og = meta.types.includes('og:article');
  const denial = NOT_ARTICLE.find(([re]) => meta.types.some((t) => re.test(t)));
  const { density, links } = linkDensity(doc);
  const words = body.words;
  const ogType = meta.types.find((t) => t.startsWith('og:'))?.slice(3).toLowerCase();
  if (denial && !typed) return { isArticle: false, reason: denial[1] };
  // Short pieces count when the page says it is an article.
  if (typed && words >= 50) return { isArticle: true, reason: `schema.org ${typed} with ${words} words of text` };
  if (og && (meta.published || meta.byline.length) && words >= 60) return { isArticle: true, reason: `Open Graph article, dated or bylined, with ${words} words of text` };
  if (words < 80) return { isArticle: false, reason: `too little running text (${words} words)` };
  if (ogType && ogType !== 'article') return { isArticle: false, reason: `the page declares itself a ${ogType} (Open Graph), not an article` };
  if (density > 0.55 && links > 25 && body.paragraphs < 8) {
    return { isArticle: false, reason: `a section front or listing: ${links} headline links and little running text` };
  }
  if (pathLooksLikeListing(url) && body.paragraphs < 6) return { isArticle: false, reason: `a section or home page address with little running text (${words} words)` };
  if (og && words >= 150 && body.paragraphs >= 3) return { isArticle: true, reason: `Open Graph article with ${words} words of text` };
  if (meta.published && meta.byline.length && words >= 150 && body.paragraphs >= 3) {
    return { isArticle: true, reason: `dated and bylined, with ${words} words of text` };
  }
  if (words >= 250 && body.paragraphs >= 4) return { isArticle: true, reason: `${words} words of running text in ${body.paragraphs} paragraphs` };
  // A short piece marked up as one: a single <article> holding the headline and the text.
  const articles = doc.querySelectorAll('article');
  if (articles.length === 1 && articles[0].querySelector('h1') && words >= 120 && body.paragraphs >= 4 && density < 0.3) {
    return { isArticle: true, reason: `an <article> with a headline and ${words} words of text` };
  }
  return { isArticle: false, reason: `too little running text for an article (${words} words in ${body.paragraphs} paragraphs)` };
}
