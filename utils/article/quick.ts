// The cheap first test, on every page the browser shows. It only has to let articles through
// (a false alarm costs one full check in detect.ts, a miss loses the article), so any one sign
// of an article is enough, and only plainly other pages are turned away.
//
// What costs time on a page's first look is not the logic but what the isolated world touches
// for the first time: each DOM call, element wrappers, a URL object, regular expressions to
// compile. So in a browser the whole page is read by ONE native XPath call that returns every
// figure packed in a number (no wrapper made), and the address is read with string operations.
// Measured with tests/e2e/bench-browser.mjs: about 0.3 ms less than a selector query, a
// JSON-LD scan and a separate paragraph count.

export interface QuickResult {
  likely: boolean;
  signal: string;
}

const ARTICLE_TYPE = /"@type"\s*:\s*(?:\[[^\]]{0,200})?"(?:https?:\/\/schema\.org\/)?(?:\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle)"/;
// Plain strings and sets rather than regular expressions: compiling a handful of patterns on
// a page's first look cost more than everything else the check does.
const NOT_ARTICLE_SECTIONS = new Set(['search', 'login', 'log-in', 'signin', 'sign-in', 'signup', 'register', 'account', 'cart', 'checkout', 'settings', 'inbox', 'dashboard', 'admin']);
const STORY_ID_PARAMS = new Set(['id', 'idx', 'aid', 'article', 'articleid', 'story', 'storyid', 'p', 'newsid', 'no']);
/** Paragraphs sampled, and characters of JSON-LD read. */
const MAX_PARAGRAPHS = 40;
const MAX_JSONLD_CHARS = 100_000;

const OPEN_GRAPH = 'meta[property="og:type"][content="article" i],meta[name="og:type"][content="article" i]';
const PUBLISHED = 'meta[property="article:published_time"],meta[name="article:published_time"],meta[itemprop="datePublished"],meta[name="datePublished"],meta[property="datePublished"]';
const DATED_KEYS = ['pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'sailthru.date'];
const DATED = 'time,' + DATED_KEYS.map((k) => `meta[name="${k}" i],meta[property="${k}" i]`).join(',');

const no = (signal: string): QuickResult => ({ likely: false, signal });
const yes = (signal: string): QuickResult => ({ likely: true, signal });

export function quickCheck(doc: Document, url: string): QuickResult {
  const address = parseAddress(url);
  if (address && (NOT_ARTICLE_SECTIONS.has(address.path.split('/')[1]?.toLowerCase() ?? '') || address.keys.includes('q') || address.keys.includes('query'))) return no('a search, sign-in or account page');

  const f = pageFigures(doc);
  if (f.openGraph) return yes('Open Graph type article');
  if (f.published) return yes('article publication metadata');
  if (f.jsonLd) return yes('schema.org article data');
  if (address && (address.path === '/' || address.path === '')) return no('a home page');

  // Structure: a headline and paragraphs of prose, from a bounded sample.
  const { long, medium, headline } = f;
  if (headline && long >= 2 && long + medium >= 4) return yes('a headline and paragraphs of text');
  if (long >= 4 && long + medium >= 8) return yes('paragraphs of running text');
  if (address && storyAddress(address)) return yes('an address shaped like a story');
  if (long >= 1 && doc.querySelector(DATED)) return yes('a dated page with some running text');
  return no('no sign of an article (no article metadata, little running text)');
}

interface Address {
  /** The path, still percent-encoded. */
  path: string;
  /** Query parameters, lower-cased names and raw values. */
  keys: string[];
  values: string[];
}

/** Path and query of an absolute http(s) or file address, without building a URL object. */
function parseAddress(url: string): Address | null {
  const scheme = url.indexOf('://');
  if (scheme < 0) return null;
  const hash = url.indexOf('#');
  const end = hash < 0 ? url.length : hash;
  const slash = url.indexOf('/', scheme + 3);
  const query = url.indexOf('?', scheme + 3);
  const pathStart = slash < 0 || slash > end || (query >= 0 && query < slash) ? -1 : slash;
  const pathEnd = query >= 0 && query < end ? query : end;
  const keys: string[] = [];
  const values: string[] = [];
  if (query >= 0 && query < end) {
    for (const part of url.slice(query + 1, end).split('&')) {
      const eq = part.indexOf('=');
      keys.push((eq < 0 ? part : part.slice(0, eq)).toLowerCase());
      values.push(eq < 0 ? '' : part.slice(eq + 1));
    }
  }
  return { path: pathStart < 0 ? '/' : url.slice(pathStart, pathEnd), keys, values };
}

/**
 * A long slug (four words or more), a long number, or a numeric id in the query. Plain index
 * loops: on a page's first look, iterators, spreads and callbacks each cost compile time.
 */
function storyAddress(a: Address): boolean {
  const path = a.path;
  let words = 0;
  let letters = false;
  let digits = 0;
  for (let i = 0; i <= path.length; i++) {
    const c = i < path.length ? path.charCodeAt(i) | 32 : 47; // lower-cased; '/' at the end
    if (c === 47) {
      // A segment ends: count its last word, then start afresh.
      if (letters) words++;
      if (words >= 4) return true;
      words = 0;
      letters = false;
      digits = 0;
      continue;
    }
    if (c === 45 || c === 127 /* '_' | 32 */) {
      if (letters) words++;
      letters = false;
    } else if (c >= 97 && c <= 122) letters = true;
    digits = c >= 48 && c <= 57 ? digits + 1 : 0;
    if (digits >= 5 || words >= 4) return true;
  }
  for (let k = 0; k < a.keys.length; k++) {
    const v = a.values[k];
    if (!STORY_ID_PARAMS.has(a.keys[k]) || v === '') continue;
    let numeric = true;
    for (let i = 0; i < v.length && numeric; i++) numeric = v.charCodeAt(i) >= 48 && v.charCodeAt(i) <= 57;
    if (numeric) return true;
  }
  return false;
}

interface PageFigures {
  openGraph: boolean;
  published: boolean;
  /** A JSON-LD block that declares an article type. */
  jsonLd: boolean;
  /** Among the first MAX_PARAGRAPHS paragraphs: those of 120 characters or more. */
  long: number;
  /** ... and those of 40 to 119 characters. */
  medium: number;
  /** Whether the page has an h1 or an article element. */
  headline: boolean;
}

const SAMPLE = `(//p)[position() <= ${MAX_PARAGRAPHS}]`;
// One literal expression: building it from parts, or lower-casing every attribute with
// translate(), cost a third of a millisecond more on each page. Names are matched exactly, as
// OPEN_GRAPH and PUBLISHED do; only "article" is read in any case. XPath 1.0 has no regular
// expressions, so the JSON-LD test is looser than ARTICLE_TYPE (any quoted type name ending in
// Article or BlogPosting), which only lets a few more pages on to the full check.
const FIGURES =
  `count((//meta[(@property='og:type' or @name='og:type') and translate(@content,'ARTICLE','article')='article'])[1]) * 4000000 + ` +
  `count((//meta[@property='article:published_time' or @name='article:published_time' or @itemprop='datePublished' or @name='datePublished' or @property='datePublished'])[1]) * 2000000 + ` +
  `count((//script[@type='application/ld+json'][contains(., 'Article"') or contains(., 'BlogPosting"') or contains(., '"Report"')])[1]) * 1000000 + ` +
  `count((//h1 | //article)[1]) * 10000 + count(${SAMPLE}[string-length(.) >= 120]) * 100 + count(${SAMPLE}[string-length(.) >= 40])`;

/**
 * In a browser one XPath call reads every figure, packed into one number: no element wrapper
 * is made. Elsewhere (linkedom in the command line and the tests) the same figures come from
 * selectors and a loop.
 */
function pageFigures(doc: Document): PageFigures {
  if (typeof doc.evaluate === 'function' && typeof XPathResult !== 'undefined') {
    const n = doc.evaluate(FIGURES, doc, null, XPathResult.NUMBER_TYPE, null).numberValue;
    const long = Math.floor(n / 100) % 100;
    return { openGraph: n >= 4e6, published: n % 4e6 >= 2e6, jsonLd: n % 2e6 >= 1e6, headline: n % 1e6 >= 1e4, long, medium: (n % 100) - long };
  }
  const openGraph = !!doc.querySelector(OPEN_GRAPH);
  const published = !openGraph && !!doc.querySelector(PUBLISHED);
  let jsonLd = false;
  const ld = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < ld.length && i < 20 && !jsonLd; i++) {
    const t = ld[i].textContent ?? '';
    jsonLd = ARTICLE_TYPE.test(t.length > MAX_JSONLD_CHARS ? t.slice(0, MAX_JSONLD_CHARS) : t);
  }
  const paragraphs = doc.getElementsByTagName('p');
  let long = 0;
  let medium = 0;
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS; i++) {
    const n = paragraphs[i].textContent?.length ?? 0;
    if (n >= 120) long++;
    else if (n >= 40) medium++;
  }
  const headline = doc.getElementsByTagName('h1').length > 0 || doc.getElementsByTagName('article').length > 0;
  return { openGraph, published, jsonLd, long, medium, headline };
}
