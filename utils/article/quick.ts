// The cheap first test, on every page the browser shows. It only has to let articles through
// (a false alarm costs one full check in detect.ts, a miss loses the article), so any one sign
// of an article is enough, and only plainly other pages are turned away.
//
// What costs time on a page's first look is not the logic but what the isolated world touches
// for the first time: element wrappers, regular expressions to compile, functions to compile.
// So the strong signals are CSS selectors that find nothing on most pages (no wrapper made),
// the paragraph figures come back from one native XPath call as a number, and the address is
// examined only when the page itself has not decided.

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

const OPEN_GRAPH = 'meta[property="og:type" i][content="article" i],meta[name="og:type" i][content="article" i]';
const PUBLISHED =
  'meta[property="article:published_time" i],meta[name="article:published_time" i],meta[itemprop="datePublished" i],meta[name="datePublished" i],meta[property="datePublished" i]';
const DATED_KEYS = ['pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'sailthru.date'];
const DATED = 'time,' + DATED_KEYS.map((k) => `meta[name="${k}" i],meta[property="${k}" i]`).join(',');

const no = (signal: string): QuickResult => ({ likely: false, signal });
const yes = (signal: string): QuickResult => ({ likely: true, signal });

export function quickCheck(doc: Document, url: string): QuickResult {
  let u: URL | null = null;
  try {
    u = new URL(url);
  } catch {
    /* not an address we can read: judge by the page alone */
  }
  if (u && (NOT_ARTICLE_SECTIONS.has(u.pathname.split('/')[1]?.toLowerCase() ?? '') || u.searchParams.has('q') || u.searchParams.has('query'))) return no('a search, sign-in or account page');

  const strong = doc.querySelector(`${OPEN_GRAPH},${PUBLISHED}`);
  if (strong) return yes(/og:type/i.test(strong.getAttribute('property') ?? strong.getAttribute('name') ?? '') ? 'Open Graph type article' : 'article publication metadata');
  const ld = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < ld.length && i < 20; i++) {
    const t = ld[i].textContent ?? '';
    if (ARTICLE_TYPE.test(t.length > MAX_JSONLD_CHARS ? t.slice(0, MAX_JSONLD_CHARS) : t)) return yes('schema.org article data');
  }
  if (u && (u.pathname === '/' || u.pathname === '')) return no('a home page');

  // Structure: a headline and paragraphs of prose, from a bounded sample.
  const { long, medium, headline } = paragraphStats(doc);
  if (headline && long >= 2 && long + medium >= 4) return yes('a headline and paragraphs of text');
  if (long >= 4 && long + medium >= 8) return yes('paragraphs of running text');
  if (u && storyAddress(u)) return yes('an address shaped like a story');
  if (long >= 1 && doc.querySelector(DATED)) return yes('a dated page with some running text');
  return no('no sign of an article (no article metadata, little running text)');
}

/** A long slug (four words or more), a long number, or a numeric id in the query. */
function storyAddress(u: URL): boolean {
  for (const segment of u.pathname.split('/')) {
    // The path is percent-encoded, so ASCII letters are all a slug word can show.
    let words = 0;
    let letters = false;
    let digits = 0;
    for (let i = 0; i <= segment.length; i++) {
      const c = i < segment.length ? segment.charCodeAt(i) | 32 : 45; // lower-cased; '-' at the end
      if (c === 45 || c === 127 /* '_' | 32 */) {
        if (letters) words++;
        letters = false;
      } else if (c >= 97 && c <= 122) letters = true;
      digits = c >= 48 && c <= 57 ? digits + 1 : 0;
      if (digits >= 5 || words >= 4) return true;
    }
  }
  for (const [k, v] of u.searchParams) if (STORY_ID_PARAMS.has(k.toLowerCase()) && v !== '' && [...v].every((ch) => ch >= '0' && ch <= '9')) return true;
  return false;
}

interface ParagraphStats {
  /** Among the first MAX_PARAGRAPHS paragraphs: those of 120 characters or more. */
  long: number;
  /** ... and those of 40 to 119 characters. */
  medium: number;
  /** Whether the page has an h1 or an article element. */
  headline: boolean;
}

/**
 * In a browser one XPath call counts the paragraphs natively and packs the three figures into
 * one number: no element wrapper is made. Elsewhere (linkedom in the command line and the
 * tests) the same figures come from a loop.
 */
function paragraphStats(doc: Document): ParagraphStats {
  if (typeof doc.evaluate === 'function' && typeof XPathResult !== 'undefined') {
    const sample = `(//p)[position() <= ${MAX_PARAGRAPHS}]`;
    const x = `count(${sample}[string-length(.) >= 120]) * 100 + count(${sample}[string-length(.) >= 40]) + count((//h1 | //article)[1]) * 10000`;
    const n = doc.evaluate(x, doc, null, XPathResult.NUMBER_TYPE, null).numberValue;
    const long = Math.floor(n / 100) % 100;
    return { long, medium: (n % 100) - long, headline: n >= 10000 };
  }
  const paragraphs = doc.getElementsByTagName('p');
  let long = 0;
  let medium = 0;
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS; i++) {
    const n = paragraphs[i].textContent?.length ?? 0;
    if (n >= 120) long++;
    else if (n >= 40) medium++;
  }
  return { long, medium, headline: doc.getElementsByTagName('h1').length > 0 || doc.getElementsByTagName('article').length > 0 };
}
