// The full decision, once the page's text has been extracted: what the page declares (schema.org
// types, Open Graph type), what its address looks like, and above all the mass and shape of the
// text that extraction found. Declarations are weighed against the text, because sites stamp
// "article" on section fronts and "website" on stories: the stronger the declaration, the less
// running text it takes to be believed.
import type { PageMeta } from './metadata';

/** Measures of the extracted body and of the page around it (see extract.ts). */
export interface BodyStats {
  /** Words of the body blocks. */
  words: number;
  /** Paragraphs (or quotes) of at least 12 words, mostly outside links. */
  paragraphs: number;
  /** Of those, paragraphs of at least 35 words. */
  longParagraphs: number;
  /** Body blocks, and those with fewer than five words. */
  blocks: number;
  shortBlocks: number;
  /** Share of the body's characters that sit inside links. */
  linkDensity: number;
  /** Links of at least four words inside the body (headlines pointing elsewhere). */
  headlineLinks: number;
  /** Such links on the whole page, and paragraphs of 20+ words on the whole page. */
  pageLinks: number;
  pageParagraphs: number;
  /** Pictures, videos and frames inside the body. */
  images: number;
  /** Body blocks that repeat an earlier block's shape (same text once digits are ignored). */
  repeats: number;
}

export interface Detection {
  isArticle: boolean;
  reason: string;
}

export const ARTICLE_TYPES = /^(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|SatiricalArticle|Article|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting)$/;
// Page types that say "this is something else", in the order they are reported.
const DECLARED_OTHER: [RegExp, string][] = [
  [/^Recipe$/, 'recipe page'],
  [/^(DiscussionForumPosting|QAPage)$/, 'forum or question-and-answer thread'],
  [/^SearchResultsPage$/, 'search results page'],
  [/^(CollectionPage|ItemList)$/, 'section front or listing'],
  [/^ImageGallery$/, 'photo gallery'],
  [/^(VideoObject|VideoGallery|Episode|PodcastEpisode|PodcastSeries|TVSeries|RadioSeries)$/, 'video or programme page'],
  [/^(Product|ProfilePage|Event|Course|JobPosting|SoftwareApplication|WebApplication)$/, 'product, profile or application page'],
];
// Open Graph types that neither confirm nor deny an article.
const OG_NEUTRAL = /^(website|webpage|object|blog|news)$/;

type UrlKind = 'home' | 'search' | 'listing' | 'video' | 'gallery' | 'programme' | 'recipe' | 'app' | null;
const URL_KINDS: [RegExp, Exclude<UrlKind, null>, string][] = [
  [/^(search|find|results)$/, 'search', 'search results page'],
  [/^(tags?|tagged|topics?|category|categories|section|sections|authors?)$/, 'listing', 'topic, tag or section listing'],
  [/^(videos?|av|watch|live-?tv|livestream|player|clips?)$/, 'video', 'video page'],
  [/^(pictures|photos?|gallery|galleries|slideshows?|in-pictures|photo-?gallery)$/, 'gallery', 'photo gallery'],
  [/^(podcasts?|episodes?|shows?|schedule|programmes?)$/, 'programme', 'programme, podcast or schedule page'],
  [/^(recipes?)$/, 'recipe', 'recipe page'],
  [/^(login|signin|sign-in|signup|register|account|cart|checkout|settings|dashboard|inbox)$/, 'app', 'application or account page'],
];

/** What the address says about the page: a strong hint from a folder, a weak one from a name. */
export function urlKind(url: string | null): { kind: UrlKind; strong: boolean; label: string } {
  const none = { kind: null, strong: false, label: '' };
  if (!url) return none;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return none;
  }
  if (u.searchParams.has('q') || u.searchParams.has('query') || u.searchParams.has('search')) return { kind: 'search', strong: true, label: 'search results page' };
  const parts = u.pathname.split('/').filter(Boolean).map((p) => decodeSafe(p).toLowerCase().replace(/\.(s?html?|php|aspx?)$/, ''));
  if (!parts.length || (parts.length === 1 && /^(index|home|default|main|[a-z]{2}(-[a-z]{2})?)$/.test(parts[0]))) {
    return { kind: 'home', strong: true, label: 'home page' };
  }
  // A folder named for a kind of page ("/video/…", "/topics/…"), or the whole path ("/schedule").
  for (let i = 0; i < parts.length; i++) {
    if (i === parts.length - 1 && parts.length > 1) break;
    for (const [re, kind, label] of URL_KINDS) if (re.test(parts[i])) return { kind, strong: true, label };
  }
  // The last name ending in such a word ("…-podcasts", "…-slideshow-…"): a weak hint.
  const last = parts[parts.length - 1];
  if (parts.length > 1) {
    for (const [re, kind, label] of URL_KINDS) if (re.test(last)) return { kind, strong: true, label };
  }
  const words = last.split(/[-_.]+/);
  if (/^(podcasts|episodes|videos|slideshows?|photos|pictures|galleries)$/.test(words[words.length - 1]) || words.includes('slideshow')) {
    const hit = URL_KINDS.find(([re]) => words.some((w) => re.test(w)));
    if (hit) return { kind: hit[1], strong: false, label: hit[2] };
  }
  return none;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function detectArticle(doc: Document, url: string | null, meta: PageMeta, body: BodyStats): Detection {
  const typed = meta.types.find((t) => ARTICLE_TYPES.test(t));
  const ogType = meta.types.find((t) => t.startsWith('og:'))?.slice(3) ?? null;
  const ogArticle = ogType === 'article';
  const ogOther = ogType && !ogArticle && !OG_NEUTRAL.test(ogType) ? ogType : null;
  const declared = DECLARED_OTHER.find(([re]) => meta.types.some((t) => re.test(t)));
  const where = urlKind(url ?? meta.url);
  const { words, paragraphs: p, longParagraphs: lp, blocks, shortBlocks, linkDensity, headlineLinks, repeats, images } = body;
  const dated = !!meta.published;
  const signed = meta.byline.length > 0;
  const no = (reason: string): Detection => ({ isArticle: false, reason });
  const yes = (reason: string): Detection => ({ isArticle: true, reason });
  const mass = `${words} words of body text`;
  // Strong prose: many long paragraphs, most paragraphs long.
  const strongProse = lp >= 8 && lp >= 0.3 * p && words >= 500;

  if (!doc.body) return no('the page has no body');
  if (words === 0) {
    if (body.pageLinks >= 15 && body.pageParagraphs < 3) return no(`section front: ${body.pageLinks} headlines linking to other pages, no body text`);
    return no('no body text could be found on the page');
  }

  // Addresses that are never a single story.
  if (where.kind === 'search') return no('search results page');
  if (where.kind === 'home' && !typed) return no(`home page (${mass}${headlineLinks ? `, ${headlineLinks} headline links` : ''})`);

  // The page declares another kind of page, and does not also declare an article.
  if (!typed && declared) {
    const [, what] = declared;
    const isVideo = what.startsWith('video');
    // A story with an embedded video declares the video too: the text decides.
    if (!(isVideo && ogArticle && p >= 4 && words >= 150)) return no(`${what} (schema.org ${meta.types.find((t) => declared[0].test(t))})`);
  }
  if (!typed && ogOther) {
    const what = /^video/.test(ogOther) ? 'video page' : /^music/.test(ogOther) ? 'audio page' : `${ogOther} page`;
    return no(`${what} (Open Graph type ${ogOther})`);
  }

  // What extraction kept is mostly links: a front or a listing, whatever the page declares.
  if (linkDensity > (typed ? 0.6 : 0.45) && blocks >= 5) {
    return no(`section front: ${pct(linkDensity)} of the text is links${headlineLinks ? ` (${headlineLinks} headlines linking to other pages)` : ''}, little body text`);
  }

  if (typed) {
    if (where.strong && where.kind && where.kind !== 'home' && p < 3 && !strongProse) return no(`${where.label} (declared a ${typed}, but only ${mass})`);
    if (words >= 50) return yes(`schema.org ${typed} with ${mass}`);
    return no(`too little body text (${words} words) for the ${typed} the page declares`);
  }

  // From here on nothing but Open Graph (or nothing at all) says "article".
  if (where.kind && where.kind !== 'home' && (where.strong || !strongProse)) return no(`${where.label}${ogArticle ? ' (marked as an Open Graph article)' : ''}`);
  if (blocks >= 30 && lp === 0 && shortBlocks > 0.6 * blocks) {
    return no(`listing or schedule: ${shortBlocks} of ${blocks} blocks are a few words each, no long paragraph`);
  }
  if (repeats >= 8 && repeats >= 0.25 * blocks && lp < 5) {
    return no(`listing: ${repeats} of ${blocks} text blocks repeat the same pattern, little body text`);
  }

  if (ogArticle) {
    if ((dated || signed) && words >= 60) return yes(`Open Graph article${dated ? ', dated' : ''}${signed ? ', bylined' : ''}, with ${mass}`);
    if (words >= 150 && p >= 3) return yes(`Open Graph article with ${mass}`);
    return no(`too little body text (${words} words, ${p} paragraphs of running text)`);
  }

  // Nothing declares an article: the text alone has to make the case.
  if (headlineLinks >= 4 && headlineLinks >= 0.6 * p) return no(`topic listing: ${headlineLinks} headlines linking to other pages among ${p} paragraphs`);
  if (repeats >= 5 && repeats >= 0.2 * blocks) return no(`listing or discussion thread: ${repeats} of ${blocks} blocks repeat the same pattern`);
  if (images >= 8 && images >= 0.6 * p) return no(`photo gallery: ${images} pictures for ${p} paragraphs of captions`);
  if (lp >= 5 && words >= 350) return yes(`${mass} in ${p} paragraphs${dated ? ', dated' : ''}${signed ? ', bylined' : ''}`);
  // A short dated piece on a page that hardly links anywhere else (a blog post, a notice).
  if (dated && words >= 80 && p >= 2 && body.pageLinks <= 3) return yes(`a dated page with ${mass} and hardly any links to other stories`);
  return no(`too little body text (${words} words, ${lp} long paragraphs) and nothing declares an article`);
}
