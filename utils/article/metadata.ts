// Headline, outlet, date, byline and language from what pages declare: schema.org JSON-LD,
// Open Graph and article meta tags, and the markup itself, in that order of trust.
import { displayCase } from '../nlp/identity';
import { ORG_FORMS } from '../nlp/lexicon/organisations';

export interface PageMeta {
  title: string;
  publisher: string | null;
  url: string | null;
  published: string | null;
  byline: string[];
  lang: string;
  description: string | null;
  /** schema.org @type values found on the page, and og:type. */
  types: string[];
}

type Json = Record<string, unknown>;

/** Every object in the page's JSON-LD, flattened (arrays, @graph); bad JSON is skipped. */
export function jsonLd(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 6 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as Json;
    out.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
    if (o.mainEntity) visit(o.mainEntity, depth + 1);
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(s.textContent ?? ''), 0);
    } catch {
      /* a page's broken JSON-LD says nothing */
    }
  }
  return out;
}

const typesOf = (o: Json) => (Array.isArray(o['@type']) ? o['@type'] : [o['@type']]).filter((t): t is string => typeof t === 'string');
const ARTICLE = /^(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|Article|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle)$/;

const meta = (doc: Document, ...names: string[]) => {
  for (const n of names) {
    const v = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`)?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
};

const nameOf = (v: unknown): string | null => {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v && typeof v === 'object' && typeof (v as Json).name === 'string') return (v as Json).name as string;
  return null;
};

/** "2025-12-03 23:22" and other common forms to ISO 8601; offsets kept when given. */
export function isoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(t);
  if (m) {
    const [, y, mo, d, h, mi, se, z] = m;
    if (!h) return `${y}-${mo}-${d}`;
    const zone = z ? (z === 'Z' ? 'Z' : z.includes(':') ? z : `${z.slice(0, 3)}:${z.slice(3)}`) : '';
    return `${y}-${mo}-${d}T${h}:${mi}:${se ?? '00'}${zone}`;
  }
  const d = new Date(t);
  return Number.isNaN(d.getTime()) || d.getFullYear() < 1990 ? null : d.toISOString();
}

/** Names from a byline string: "By ZHANG YUNBI | chinadaily.com.cn" -> ["Zhang Yunbi"]. */
export function bylineNames(s: string | null | undefined, publisher: string | null): string[] {
  if (!s) return [];
  const first = s.split(/[|•·\n]/)[0].replace(/^\s*(written\s+)?by\s+/i, '').replace(/\S+@\S+/g, '');
  return first
    .split(/\s*(?:,|\band\b|&)\s*/i)
    .map((n) => n.trim().replace(/[.,;:]+$/, ''))
    .filter((n) => n && n.split(/\s+/).length <= 4 && /^\p{Lu}/u.test(n) && !/\d|https?:|\.(com|org|net|cn|uk)\b/i.test(n) && n !== publisher)
    // A wire service or a desk is not a person ("Reuters", "AP", "Staff").
    .filter((n) => !ORG_FORMS.has(n) && !ORG_FORMS.has(displayCase(n)) && !/\b(news|press|agency|wire|wires|staff|desk|reporters?|editors?|correspondents?)\b/i.test(n))
    .map(displayCase);
}

function siteFromHost(url: string | null): string | null {
  if (!url) return null;
  try {
    const h = new URL(url).hostname.replace(/^www\./, '');
    return h || null;
  } catch {
    return null;
  }
}

function cleanTitle(t: string, publisher: string | null): string {
  let out = t.replace(/\s+/g, ' ').trim();
  // "Headline - Outlet" or "Headline | Outlet": drop a trailing part that names the site.
  const parts = out.split(/\s+[|–—-]\s+/);
  if (parts.length > 1) {
    const last = parts[parts.length - 1].toLowerCase().replace(/\s/g, '');
    const pub = (publisher ?? '').toLowerCase().replace(/\s/g, '');
    if ((pub && (last.includes(pub) || pub.includes(last))) || last.length < 25) out = parts.slice(0, -1).join(' - ');
  }
  return out;
}

export function readMetadata(doc: Document, url?: string | null): PageMeta {
  const ld = jsonLd(doc);
  const article = ld.find((o) => typesOf(o).some((t) => ARTICLE.test(t)));
  const types = [...new Set(ld.flatMap(typesOf))];
  const og = meta(doc, 'og:type');
  if (og) types.push(`og:${og.toLowerCase()}`);
  const publisher = nameOf(article?.publisher) ?? meta(doc, 'og:site_name', 'application-name', 'publisher') ?? siteFromHost(url ?? null);
  const h1 = doc.querySelector('h1')?.textContent?.trim() || null;
  const rawTitle = (typeof article?.headline === 'string' ? article.headline : null) ?? meta(doc, 'og:title', 'twitter:title') ?? h1 ?? doc.title ?? '';
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url') ?? url ?? null;
  const authors = article?.author
    ? (Array.isArray(article.author) ? article.author : [article.author])
        .filter((a) => !(a && typeof a === 'object' && typesOf(a as Json).includes('Organization')))
        .map(nameOf)
        .filter((n): n is string => !!n)
    : [];
  const bylineText = authors.length ? authors.join(', ') : meta(doc, 'author', 'article:author', 'byl', 'dc.creator') ?? doc.querySelector('[rel="author"], .byline, [class*="byline"], [itemprop="author"]')?.textContent ?? null;
  return {
    title: cleanTitle(rawTitle, publisher),
    publisher,
    url: canonical,
    published: isoDate((typeof article?.datePublished === 'string' ? article.datePublished : null) ?? meta(doc, 'article:published_time', 'datePublished', 'publishdate', 'pubdate', 'date', 'dc.date', 'DC.date.issued', 'sailthru.date') ?? doc.querySelector('time[datetime]')?.getAttribute('datetime')),
    byline: bylineNames(bylineText, publisher),
    lang: (doc.documentElement?.getAttribute('lang') || 'en').slice(0, 2).toLowerCase(),
    description: meta(doc, 'og:description', 'description'),
    types,
  };
}
