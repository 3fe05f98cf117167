// Headline, outlet, address, date, byline and language from what pages declare: schema.org
// JSON-LD first, then Open Graph and other meta tags, then the markup itself. Pages get all of
// these wrong in their own ways (CDATA-wrapped or broken JSON, "Headline - Site" titles,
// "By JANE DOE | site.com" bylines, dates in every format), so each is read leniently.
import { ARTICLE_TYPES } from './detect';
import { jsonLd, typesOf, type Json } from './jsonld';
import { bylineNames } from './byline';

export { jsonLd, typesOf } from './jsonld';
export { bylineNames, titleCase } from './byline';

export interface PageMeta {
  title: string;
  publisher: string | null;
  url: string | null;
  published: string | null;
  byline: string[];
  lang: string;
  description: string | null;
  /** schema.org @type values found in the JSON-LD, and the Open Graph type as "og:<type>". */
  types: string[];
}

/** The first non-empty content of the named meta tags (property, name or itemprop). */
function metaContent(doc: Document, names: string[]): string | null {
  const wanted = new Map(names.map((n, i) => [n.toLowerCase(), i]));
  let best: string | null = null;
  let bestRank = Infinity;
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length && i < 2000; i++) {
    const m = metas[i];
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
    const rank = wanted.get(key);
    if (rank === undefined || rank >= bestRank) continue;
    const v = m.getAttribute('content')?.trim();
    if (v) {
      best = v;
      bestRank = rank;
    }
  }
  return best;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** A name from a JSON-LD value: a string, {name}, or the first of an array. */
function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return str(v);
  if (Array.isArray(v)) return v.length ? nameOf(v[0]) : null;
  if (v && typeof v === 'object') return str((v as Json).name);
  return null;
}

const collapse = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

// ---- dates ----

const pad = (n: number) => String(n).padStart(2, '0');

/** A date in any common form to ISO 8601: "2025-12-03T23:22:00+08:00"; the offset is kept when given. */
export function isoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = collapse(String(s));
  if (!t || t.length > 80) return null;
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i.exec(t);
  if (m) {
    const [, y, mo, d, h, mi, se, z] = m;
    if (+mo < 1 || +mo > 12 || +d < 1 || +d > 31) return null;
    const date = `${y}-${pad(+mo)}-${pad(+d)}`;
    if (!h) return date;
    let zone = '';
    if (z) {
      const zu = z.toUpperCase();
      if (zu === 'Z' || zu === 'UTC' || zu === 'GMT') zone = 'Z';
      else if (z.length === 3) zone = `${z}:00`;
      else zone = z.includes(':') ? z : `${z.slice(0, 3)}:${z.slice(3)}`;
    }
    return `${date}T${pad(+h)}:${mi}:${se ?? '00'}${zone}`;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  if (/^\d{10}(\d{3})?$/.test(t)) {
    const d = new Date(t.length === 10 ? +t * 1000 : +t);
    return d.getUTCFullYear() >= 1990 ? d.toISOString().replace(/\.000Z$/, 'Z') : null;
  }
  // "Tue, 19 Nov 2019 10:48:00 GMT", "November 19, 2019 10:48 AM EST": what Date can read.
  if (!/\d{4}/.test(t)) return null;
  const d = new Date(t.replace(/\b(at|um|à)\b/gi, ' ').replace(/\s+[A-Z]{3,4}$/, (z) => (/GMT|UTC/.test(z) ? z : '')));
  if (Number.isNaN(d.getTime()) || d.getFullYear() < 1990 || d.getFullYear() > 2100) return null;
  // A date read without a zone is the writer's local time: keep it without an offset.
  if (!/(GMT|UTC|Z|[+-]\d{2}:?\d{2})\b/i.test(t)) {
    const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    return /\d{1,2}:\d{2}/.test(t) ? `${date}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` : date;
  }
  return d.toISOString().replace(/\.000Z$/, 'Z');
}

// ---- names ----

// ---- addresses, outlets, titles ----

function absolute(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    const u = base ? new URL(href.trim(), base) : new URL(href.trim());
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '') || null;
  } catch {
    return null;
  }
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * "Headline - Site", "Site | Headline", "Headline | Section | Site": the parts that name the
 * site are dropped. A <title> (the least trusted source) also loses a short last part.
 */
export function cleanTitle(raw: string, siteNames: string[], fromTitleTag = false): string {
  const t = collapse(raw);
  const parts = t.split(/\s+(?:[|–—·•:]{1,2}|-{1,2})\s+/);
  if (parts.length < 2) return t;
  const sites = siteNames.map(squash).filter((s) => s.length >= 2);
  const names = (p: string) => {
    const k = squash(p);
    return !!k && sites.some((s) => k === s || (k.length >= 3 && (s.includes(k) || k.includes(s))));
  };
  let kept = parts;
  const dateOnly = (p: string) => /^[\d\s./,-]+$/.test(p) || isoDate(p) !== null;
  while (kept.length > 1 && (names(kept[kept.length - 1]) || dateOnly(kept[kept.length - 1]))) kept = kept.slice(0, -1);
  while (kept.length > 1 && names(kept[0])) kept = kept.slice(1);
  if (fromTitleTag && kept.length > 1 && kept === parts && kept[kept.length - 1].split(/\s+/).length <= 3) kept = kept.slice(0, -1);
  // Put back the separators of what is kept.
  if (kept.length === parts.length) return t;
  const start = t.indexOf(kept[0]);
  const last = kept[kept.length - 1];
  const end = t.indexOf(last, start) + last.length;
  return start >= 0 && end > start ? t.slice(start, end).trim() : kept.join(' - ');
}

function firstText(doc: Document, selector: string, max = 300): string | null {
  const els = doc.querySelectorAll(selector);
  for (let i = 0; i < els.length && i < 10; i++) {
    const t = collapse(els[i].textContent ?? '');
    if (t && t.length <= max) return t;
  }
  return null;
}

/** The headline element: the h1 inside the article if there is one, else the page's first h1. */
function headline(doc: Document): string | null {
  return firstText(doc, 'article h1, main h1, [itemprop="headline"]') ?? firstText(doc, 'h1');
}

function bylineFromMarkup(doc: Document): string | null {
  // Most specific first: author links and names, then byline containers.
  const sel = [
    '[itemprop="author"] [itemprop="name"]',
    '[rel="author"]',
    '.byline a[href*="author"], [class*="byline"] a[href*="author"], .byauthor',
    '[itemprop="author"]',
    '[class*="author-name"], [class*="authorName"], [class*="author__name"]',
    '.byline, [class*="byline"], [class*="Byline"]',
  ];
  for (const s of sel) {
    const t = firstText(doc, s, 200);
    if (t) return t;
  }
  return null;
}

export function readMetadata(doc: Document, url?: string | null): PageMeta {
  const ld = jsonLd(doc);
  const articleObjects = ld.filter((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)));
  const article = articleObjects.find((o) => str(o.headline)) ?? articleObjects[0];
  const types = [...new Set(ld.flatMap(typesOf))];
  const m = (...names: string[]) => metaContent(doc, names);
  const ogType = m('og:type');
  if (ogType) types.push(`og:${ogType.toLowerCase()}`);

  // Address: the page's canonical link, og:url, else the address it was loaded from.
  const base = url ?? null;
  const canonical =
    absolute(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), base ?? m('og:url')) ?? absolute(m('og:url'), base) ?? absolute(base, null) ?? null;

  const siteName = m('og:site_name', 'application-name', 'al:android:app_name', 'al:ios:app_name');
  const ldPublisher = nameOf(article?.publisher) ?? nameOf(ld.find((o) => typesOf(o).some((t) => /^(NewsMediaOrganization|Organization)$/.test(t)) && o.name)?.name);
  const host = hostOf(canonical) ?? hostOf(base);
  const publisher = ldPublisher ?? siteName ?? host;

  // Byline: people named as authors in JSON-LD, else meta tags, else the markup.
  let byline: string[] = [];
  const authors = article?.author ? (Array.isArray(article.author) ? article.author : [article.author]) : [];
  for (const a of authors.slice(0, 10)) {
    if (a && typeof a === 'object' && typesOf(a as Json).some((t) => /Organization|Corporation|NewsMediaOrganization/.test(t))) continue;
    byline.push(...bylineNames(nameOf(a), publisher));
  }
  if (!byline.length) {
    const metaAuthor = m('author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author', 'twitter:creator');
    if (metaAuthor && !/^https?:|^@/.test(metaAuthor)) byline = bylineNames(metaAuthor, publisher);
  }
  if (!byline.length) byline = bylineNames(bylineFromMarkup(doc), publisher);
  byline = byline.filter((n, i) => byline.findIndex((x) => x.toLowerCase() === n.toLowerCase()) === i);

  const siteNames = [publisher, siteName, ldPublisher, host, host?.split('.').slice(-2, -1)[0], ...byline].filter((s): s is string => !!s);
  const ldHeadline = str(article?.headline);
  const ogTitle = m('og:title', 'twitter:title', 'title', 'headline');
  const h1 = headline(doc);
  const titleTag = collapse(doc.title ?? '');
  let title = '';
  if (ldHeadline && ldHeadline.length <= 400) title = cleanTitle(ldHeadline, siteNames);
  else if (ogTitle) title = cleanTitle(ogTitle, siteNames);
  else if (h1) title = h1;
  else if (titleTag) title = cleanTitle(titleTag, siteNames, true);

  const published = isoDate(
    str(article?.datePublished) ??
      m('article:published_time', 'og:article:published_time', 'datePublished', 'article.published', 'published_time', 'publish-date', 'publishdate', 'pubdate', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'og:published_time') ??
      doc.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime') ??
      doc.querySelector('[itemprop="datePublished"]')?.getAttribute('content') ??
      (doc.querySelector('article time[datetime], main time[datetime]') ?? doc.querySelector('time[datetime]'))?.getAttribute('datetime') ??
      str(ld.find((o) => str(o.datePublished))?.datePublished),
  );

  const langRaw = doc.documentElement?.getAttribute('lang') || doc.documentElement?.getAttribute('xml:lang') || m('content-language', 'og:locale', 'dc.language', 'language') || str(article?.inLanguage) || 'en';
  const lang = /^[a-z]{2,3}\b/i.exec(langRaw.trim())?.[0].toLowerCase() ?? 'en';

  const description = m('og:description', 'description', 'twitter:description') ?? str(article?.description);
  return {
    title,
    publisher: publisher ? collapse(publisher) : null,
    url: canonical,
    published,
    byline,
    lang,
    description: description ? collapse(description) : null,
    types,
  };
}
