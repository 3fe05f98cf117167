// The cheap first test, on every page the browser shows (entrypoints/detector.ts runs it with
// xpathFigures; quick.ts wraps it for documents without XPath). It only has to let articles through
// (a false alarm costs one full check in detect.ts, a miss loses the article), so any one sign
// of an article is enough, and only plainly other pages are turned away.
//
// What costs time on a page's first look is not the logic but what the isolated world touches
// for the first time: each DOM call, element wrappers, a URL object, regular expressions to
// compile. So in a browser the whole page is read by ONE native XPath call that returns every
// figure packed in a number (no wrapper made), and the address is read with string operations.
// Measured with tests/e2e/bench-browser.mjs: about 0.3 ms less than a selector query, a
// JSON-LD scan and a separate paragraph count; and the check as one straight run without Sets
// or a figures object, compiled on load (the compile hint), about 1 ms less again here.

export interface QuickResult {
  likely: boolean;
  signal: string;
}

// Plain strings rather than regular expressions or sets: compiling a handful of patterns on a
// page's first look cost more than everything else the check does.
const NOT_ARTICLE_SECTIONS = '|search|login|log-in|signin|sign-in|signup|register|account|cart|checkout|settings|inbox|dashboard|admin|';
const STORY_ID_PARAMS = '|id|idx|aid|article|articleid|story|storyid|p|newsid|no|';

// time, and meta name/property pubdate, publishdate, date, dc.date, dc.date.issued, sailthru.date.
const DATED =
  'time,meta[name="pubdate" i],meta[property="pubdate" i],meta[name="publishdate" i],meta[property="publishdate" i],meta[name="date" i],meta[property="date" i],meta[name="dc.date" i],meta[property="dc.date" i],meta[name="dc.date.issued" i],meta[property="dc.date.issued" i],meta[name="sailthru.date" i],meta[property="sailthru.date" i]';


/** The check, given how to read the page's packed figures (xpathFigures in a browser). */
export function quickCheckWith(doc: Document, url: string, figures: (doc: Document) => number): QuickResult {
  // The address, with string operations in one straight run: on a page's first look each
  // helper function is compiled on its first call and each Set built (the compile hint on the
  // every-page script, wxt.config.ts, takes care of the first; plain strings of the second).
  const scheme = url.indexOf('://');
  let path = '/';
  let query = '';
  if (scheme >= 0) {
    const hash = url.indexOf('#');
    const end = hash < 0 ? url.length : hash;
    const slash = url.indexOf('/', scheme + 3);
    const mark = url.indexOf('?', scheme + 3);
    const hasQuery = mark >= 0 && mark < end;
    if (slash >= 0 && slash <= end && !(hasQuery && mark < slash)) path = url.slice(slash, hasQuery ? mark : end);
    // Query parameters between '&'s, names lower-cased: "&q=ferry&".
    if (hasQuery) query = '&' + url.slice(mark + 1, end).toLowerCase() + '&';
    const cut = path.indexOf('/', 1);
    const section = '|' + (cut < 0 ? path.slice(1) : path.slice(1, cut)).toLowerCase() + '|';
    if (NOT_ARTICLE_SECTIONS.indexOf(section) >= 0 || query.indexOf('&q=') >= 0 || query.indexOf('&q&') >= 0 || query.indexOf('&query=') >= 0 || query.indexOf('&query&') >= 0) return { likely: false, signal: 'a search, sign-in or account page' };
  }

  const f = figures(doc);
  if (f >= 4e6) return { likely: true, signal: 'Open Graph type article' };
  if (f % 4e6 >= 2e6) return { likely: true, signal: 'article publication metadata' };
  if (f % 2e6 >= 1e6) return { likely: true, signal: 'schema.org article data' };
  if (scheme >= 0 && (path === '/' || path === '')) return { likely: false, signal: 'a home page' };

  // Structure: a headline and paragraphs of prose, from a bounded sample.
  const long = Math.floor(f / 100) % 100;
  const medium = (f % 100) - long;
  if (f % 1e6 >= 1e4 && long >= 2 && long + medium >= 4) return { likely: true, signal: 'a headline and paragraphs of text' };
  if (long >= 4 && long + medium >= 8) return { likely: true, signal: 'paragraphs of running text' };
  if (scheme >= 0 && storyAddress(path, query)) return { likely: true, signal: 'an address shaped like a story' };
  if (long >= 1 && doc.querySelector(DATED)) return { likely: true, signal: 'a dated page with some running text' };
  return { likely: false, signal: 'no sign of an article (no article metadata, little running text)' };
}

/**
 * A long slug (four words or more), a long number, or a numeric id in the query ("&storyid=88412&").
 * Plain index loops: on a page's first look, iterators, spreads and callbacks each cost compile time.
 */
function storyAddress(path: string, query: string): boolean {
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
  // Each "&name=value": a story id whose value is all digits.
  for (let at = query.indexOf('&'); at >= 0 && at < query.length - 1; ) {
    const next = query.indexOf('&', at + 1);
    const eq = query.indexOf('=', at + 1);
    if (eq > at && eq < next && STORY_ID_PARAMS.indexOf('|' + query.slice(at + 1, eq) + '|') >= 0 && next > eq + 1) {
      let numeric = true;
      for (let i = eq + 1; i < next && numeric; i++) numeric = query.charCodeAt(i) >= 48 && query.charCodeAt(i) <= 57;
      if (numeric) return true;
    }
    at = next;
  }
  return false;
}

// One literal expression, written out whole so that nothing is built at load time: building
// it from parts, or lower-casing every attribute with translate(), cost a third of a
// millisecond more on each page. Names are matched exactly, as OPEN_GRAPH and PUBLISHED do;
// only "article" is read in any case. XPath 1.0 has no regular expressions, so the JSON-LD test
// is looser than ARTICLE_TYPE (any quoted type name ending in Article or BlogPosting), which only
// lets a few more pages on to the full check. The sample is the first MAX_PARAGRAPHS (40)
// paragraphs.
const FIGURES =
  "count((//meta[(@property='og:type' or @name='og:type') and translate(@content,'ARTICLE','article')='article'])[1]) * 4000000 + count((//meta[@property='article:published_time' or @name='article:published_time' or @itemprop='datePublished' or @name='datePublished' or @property='datePublished'])[1]) * 2000000 + count((//script[@type='application/ld+json'][contains(., 'Article\"') or contains(., 'BlogPosting\"') or contains(., '\"Report\"')])[1]) * 1000000 + count((//h1 | //article)[1]) * 10000 + count((//p)[position() <= 40][string-length(.) >= 120]) * 100 + count((//p)[position() <= 40][string-length(.) >= 40])";

/**
 * Every figure the check reads, packed in one number: Open Graph article x 4,000,000,
 * publication metadata x 2,000,000, schema.org article data x 1,000,000, a headline x 10,000,
 * long paragraphs x 100, and paragraphs of 40 characters or more, all from the first 40
 * paragraphs. One XPath call computes it, and no element wrapper is made; quick.ts reads the
 * same figures with selectors where there is no XPath (linkedom in the command line and tests).
 */
export function xpathFigures(doc: Document): number {
  return doc.evaluate(FIGURES, doc, null, 1 /* XPathResult.NUMBER_TYPE */, null).numberValue;
}
