// Extraction: Readability on a copy of the page (it rewrites what it is given), then the
// article's blocks in reading order. The analysed text is the headline, a blank line, and the
// blocks separated by blank lines, each on one line with whitespace collapsed. The decision
// whether the page is an article at all (detect.ts) comes last, with what extraction found.
import { Readability } from '@mozilla/readability';
import type { ArticleMeta } from '../analysis';
import { readMetadata, bylineNames, type PageMeta } from './metadata';
import { detectArticle, type BodyStats } from './detect';

export interface Block {
  kind: 'title' | 'heading' | 'paragraph' | 'caption' | 'quote' | 'list';
  /** UTF-16 offsets into Extracted.text, end exclusive. */
  start: number;
  end: number;
}

export interface Extracted {
  meta: Omit<ArticleMeta, 'wordCount'> & { description: string | null };
  text: string;
  blocks: Block[];
  /** Words of the body (the headline left out). */
  wordCount: number;
  isArticle: boolean;
  reason: string;
}

/** Pages with more text than this are not analysed: no reader's article is this long. */
export const MAX_PAGE_CHARS = 3_000_000;
/** Nor pages with more elements than this (Readability's cost grows with them). */
export const MAX_PAGE_ELEMENTS = 60_000;

const BLOCK_KIND: Record<string, Block['kind']> = {
  P: 'paragraph', PRE: 'paragraph', DD: 'paragraph', DT: 'paragraph',
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  LI: 'list', BLOCKQUOTE: 'quote', FIGCAPTION: 'caption',
};
const BLOCKISH = 'p, pre, dd, dt, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, div, section, article, ul, ol, dl, table, tr, figure, header, footer, aside';

export const collapse = (s: string): string => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
export const countWords = (s: string): number => (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;

// Leftover page furniture that Readability sometimes keeps: lines made only of these words.
const CHROME_LINE =
  /^(?:advertisement|advert|ad|sponsored( content)?|story continues below( advertisement)?|continue reading( below)?|share( this( article| story)?)?( on \w+)?|tweet|email|print|copy link|comments?|read more|more|see more|show more|load more|related( articles| stories| content)?|see also|recommended( for you)?|most (read|viewed|popular)|trending( now)?|follow us( on \w+)?|subscribe( now)?|sign up|sign in|log in|(sign up|subscribe) (for|to) (our|the) [\w\s-]{0,30}newsletters?|newsletter|back to top|skip to (main )?content|image|photo|video|watch|listen|play|close|menu|next|previous|loading\.*|click here|download( the)? app)[\s.!:…>»›|-]*$/i;
const FOOTER_LINE = /(©|\bcopyright\b|all rights reserved|terms of (use|service)|privacy policy|cookie policy|\buse of this (site|website)\b)/i;
const COOKIES = /\bcookies?\b/i;
const CONSENT = /\b(accept|consent|agree|opt[- ]out|privacy|settings)\b/i;
// Words that make up a row of share buttons, in a few languages.
const SHARE_WORDS = new Set('share shares sharing tweet twitter facebook whatsapp pinterest pin pint linkedin reddit tumblr telegram messenger email e-mail mail print copy link sms flipboard save comment comments compartilhar compartilhe baixar partager imprimer teilen drucken condividi stampa compartir imprimir x vk ok'.split(' '));

export function isChromeBlock(text: string): boolean {
  const t = text.trim();
  if (!t) return true;
  if (CHROME_LINE.test(t)) return true;
  const n = countWords(t);
  if (FOOTER_LINE.test(t) && n <= 40) return true;
  if (COOKIES.test(t) && CONSENT.test(t) && n <= 60) return true;
  const tokens = t.toLowerCase().split(/[\s|·•,/]+/).filter(Boolean);
  return tokens.length <= 8 && tokens.every((w) => SHARE_WORDS.has(w.replace(/[^\p{L}-]/gu, '')) || !/\p{L}/u.test(w));
}

// Lines that introduce a block of links to other stories: they and the links after them go.
const RELATED_HEAD = /^(you (may|might) (also )?(like|enjoy)|related( (articles?|stories|coverage|content|news|posts|reading|links))?|more (from|on|stories|news|business news|in|like this)\b.{0,40}|recommended( for you| stories)?|(most )?(popular|read|viewed|shared)( now| stories| articles)?|trending( now| stories)?|what to read next|read next|up next|also (read|on|see)|see also|further reading|top stories|latest (news|stories|headlines)|don'?t miss|editor'?s picks|around the web|from our partners|sponsored (stories|links)|promoted stories)[\s.:…!]*$/i;
// Inline promotions and furniture inside the body.
const PROMO = /^(see more|read more|read also|also read|more|related|watch|watch now|listen|click here|related coverage|related article|recommended|trending|sign up|subscribe|don'?t miss|get [\w\s]{1,30} (on the go|newsletter))\s*[:>|»-]|\bclick(ing)? here\b|^(get|sign up for|subscribe to) [^.]{0,60}\bnewsletters?\b|^image \d+ (of|\/) ?\/? ?\d*$|^(caption|hide caption|toggle caption|expand|enlarge this image|close|open gallery|view gallery|\d+ photos?)$|^tags?\s*[:\p{Lu}]/iu;
const CREDIT = /^(photo|image|picture|photograph|credit|video|source|foto|imagem)s?( by| credit)?\s*[:/]/i;
const ONLY_CONTACT = /^(\S+@\S+\.\w+|(https?:\/\/)?(www\.)?(twitter|x|facebook|instagram)\.com\/\S+|@\w+)$/i;
const DATE_WORDS = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(r(s(day)?)?)?|fri(day)?|sat(urday)?|sun(day)?|published|updated|posted|last|first|modified|date|on|at|am|pm|a\.m|p\.m|gmt|utc|bst|cet|[ecmp][sd]t|hst|ist|today|yesterday|ago|hours?|minutes?|mins?|days?|h|min|read|reading|time)\b\.?/gi;
/** A line that is nothing but a date or a time stamp ("Updated Nov. 20, 2019 1:35 a.m."). */
function isDateLine(t: string): boolean {
  if (countWords(t) > 16 || !/\d/.test(t)) return false;
  const rest = t.replace(DATE_WORDS, ' ').replace(/[\d\s,.:;|·•/()\-–—]+/g, ' ').trim();
  return rest.length <= 2;
}
const BREADCRUMB = /\S\s*[»›>]\s*\S.*[»›>]/;
const NEWSLETTER = /\b(newsletters?|inbox)\b/i;
const SUBSCRIBE = /\b(sign up|subscribe|delivered|get the latest|want more stories)\b/i;
const KICKER = (t: string) => countWords(t) <= 6 && !/\p{Ll}/u.test(t) && /\p{Lu}.*\p{Lu}/u.test(t);

/**
 * Past the decision, what a reader would not count as the article: promotions and "related"
 * strips, link-only lines, photo credits, date stamps, contact lines, and exact repeats.
 */
function cleanBody(blocks: RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  const seen = new Set<string>();
  let skippingLinks = false;
  // Several ALL-CAPS kickers ("TIME TRAVELLER") are teasers for other stories, each with its
  // headline on the next line.
  const teaser = (i: number) => KICKER(blocks[i].text) && (blocks[i].linked > 0 || (blocks[i + 1] && blocks[i + 1].linked >= 0.5 * blocks[i + 1].text.length));
  const kickers = blocks.filter((_, i) => teaser(i)).length >= 3;
  let afterKicker = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const t = b.text;
    const n = countWords(t);
    const linkShare = t.length ? b.linked / t.length : 0;
    if (RELATED_HEAD.test(t)) {
      skippingLinks = true;
      continue;
    }
    if (skippingLinks) {
      // The run of headlines after "Related": short lines, or lines that are links.
      if ((n <= 16 && !/[.!?"”]$/.test(t)) || linkShare > 0.6) continue;
      skippingLinks = false;
    }
    if (kickers && teaser(i)) {
      afterKicker = true;
      continue;
    }
    if (afterKicker) {
      afterKicker = false;
      if (n <= 20 && !/[.!?]$/.test(t)) continue;
    }
    if (n <= 20 && linkShare >= 0.9 && b.kind !== 'quote') continue;
    if (n <= 15 && BREADCRUMB.test(t)) continue;
    if (n <= 30 && NEWSLETTER.test(t) && SUBSCRIBE.test(t)) continue;
    if (n <= 20 && PROMO.test(t)) continue;
    if (n <= 16 && CREDIT.test(t)) continue;
    if (ONLY_CONTACT.test(t)) continue;
    if (isDateLine(t)) continue;
    // A repeated caption or sentence is a carousel or a duplicated widget; short lines (a
    // recipe's "1 cup rice", a score) may honestly repeat.
    const key = t.toLowerCase();
    if (seen.has(key) && (b.kind === 'caption' || n >= 8)) continue;
    seen.add(key);
    out.push(b);
  }
  return out;
}

interface RawBlock {
  kind: Block['kind'];
  text: string;
  /** Characters of the block that sit inside links. */
  linked: number;
}

const linkedChars = (el: Element): number => {
  let n = 0;
  for (const a of el.querySelectorAll('a')) n += collapse(a.textContent ?? '').length;
  if (el.tagName.toUpperCase() === 'A') n = collapse(el.textContent ?? '').length;
  return n;
};

/** Text blocks of Readability's content element: innermost block elements, in order. */
function blocksOf(root: Element): RawBlock[] {
  const out: RawBlock[] = [];
  let loose = '';
  let looseLinked = 0;
  const flush = () => {
    const text = collapse(loose);
    if (text) out.push({ kind: 'paragraph', text, linked: Math.min(looseLinked, text.length) });
    loose = '';
    looseLinked = 0;
  };
  const visit = (el: Element, depth: number) => {
    if (depth > 200) return;
    for (const n of el.childNodes) {
      if (n.nodeType === 3) {
        loose += n.textContent ?? '';
        continue;
      }
      if (n.nodeType !== 1) continue;
      const child = n as Element;
      const tag = child.tagName.toUpperCase();
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
      if (tag === 'BR') {
        // Two line breaks in a row separate paragraphs in old markup; one is just a line.
        if (/\n\s*$/.test(loose) || (child.nextSibling as Element | null)?.tagName?.toUpperCase?.() === 'BR') flush();
        else loose += '\n';
        continue;
      }
      const kind = BLOCK_KIND[tag];
      const nested = child.querySelector(BLOCKISH);
      if (tag === 'TR' && !child.querySelector('p, div, li, h1, h2, h3, h4, h5, h6, blockquote, table')) {
        // A table row of data: its cells, in order, as one line.
        flush();
        const text = collapse([...child.children].map((c) => c.textContent ?? '').join(' '));
        if (text) out.push({ kind: 'paragraph', text, linked: linkedChars(child) });
        continue;
      }
      if (kind && (!nested || kind === 'quote' || kind === 'caption')) {
        // A block element without blocks inside (a quote or caption is kept whole).
        flush();
        if (kind === 'quote' && nested && child.querySelector('p')) {
          // A blockquote of paragraphs: each paragraph is a quote block.
          for (const p of child.querySelectorAll('p')) {
            const text = collapse(p.textContent ?? '');
            if (text) out.push({ kind: 'quote', text, linked: linkedChars(p) });
          }
        } else {
          const text = collapse(child.textContent ?? '');
          if (text) out.push({ kind, text, linked: linkedChars(child) });
        }
      } else if (kind || nested || tag in CONTAINER) {
        flush();
        visit(child, depth + 1);
        flush();
      } else {
        // Inline element: part of the current loose run of text.
        loose += child.textContent ?? '';
        looseLinked += tag === 'A' ? collapse(child.textContent ?? '').length : linkedChars(child);
      }
    }
  };
  visit(root, 0);
  flush();
  return out;
}
const CONTAINER: Record<string, true> = { DIV: true, SECTION: true, ARTICLE: true, UL: true, OL: true, DL: true, TABLE: true, TBODY: true, TR: true, TD: true, TH: true, FIGURE: true, HEADER: true, FOOTER: true, ASIDE: true, MAIN: true };

/**
 * Player controls, caption settings, "up next" strips and the like come out as long runs of
 * one- to three-word blocks with no sentence among them: such runs are dropped whole.
 */
function dropWidgetRuns(blocks: RawBlock[]): RawBlock[] {
  const tiny = blocks.map((b) => b.kind !== 'heading' && countWords(b.text) <= 3);
  const prose = blocks.map((b) => countWords(b.text) >= 12);
  const keep = blocks.map(() => true);
  let i = 0;
  while (i < blocks.length) {
    if (prose[i]) {
      i++;
      continue;
    }
    let j = i;
    let n = 0;
    while (j < blocks.length && !prose[j]) n += tiny[j++] ? 1 : 0;
    // A run of blocks without a sentence, most of them tiny.
    if (j - i >= 8 && n >= 0.7 * (j - i)) for (let k = i; k < j; k++) keep[k] = false;
    i = j;
  }
  return blocks.filter((_, k) => keep[k]);
}

interface Parsed {
  content: Element;
  title?: string | null;
  byline?: string | null;
}

const emptyMeta = (url?: string | null): Extracted['meta'] => ({ title: '', publisher: null, url: url ?? null, published: null, byline: [], lang: 'en', description: null });

function pick(m: PageMeta): Extracted['meta'] {
  return { title: m.title, publisher: m.publisher, url: m.url, published: m.published, byline: m.byline, lang: m.lang, description: m.description };
}

/** What the page itself holds outside of Readability's choice: for listings against articles. */
function pageStats(doc: Document): Pick<BodyStats, 'pageLinks' | 'pageParagraphs'> {
  let pageLinks = 0;
  for (const a of doc.body?.querySelectorAll('a[href]') ?? []) {
    const t = a.textContent ?? '';
    if (t.length >= 25 && countWords(t) >= 4) pageLinks++;
  }
  let pageParagraphs = 0;
  for (const p of doc.body?.querySelectorAll('p') ?? []) {
    const t = p.textContent ?? '';
    if (t.length >= 120 && countWords(t) >= 20) pageParagraphs++;
  }
  return { pageLinks, pageParagraphs };
}

export function extractArticle(doc: Document, url?: string | null): Extracted {
  let meta = emptyMeta(url);
  const fail = (reason: string): Extracted => ({ meta, text: '', blocks: [], wordCount: 0, isArticle: false, reason });
  try {
    if (!doc?.documentElement || !doc.body) return fail('the page is empty (it has no body)');
    const size = doc.body.textContent?.length ?? 0;
    if (!doc.body.textContent?.trim()) return fail('the page is empty (no text)');
    if (size > MAX_PAGE_CHARS) return fail(`the page is too large to analyse (${(size / 1e6).toFixed(1)} million characters of text)`);
    const elements = doc.getElementsByTagName('*').length;
    if (elements > MAX_PAGE_ELEMENTS) return fail(`the page is too large to analyse (${elements} elements)`);
    const pm = readMetadata(doc, url);
    meta = pick(pm);
    const clone = doc.cloneNode(true) as Document;
    let parsed: Parsed | null = null;
    try {
      parsed = new Readability(clone, { serializer: (el: Node) => el, charThreshold: 300, maxElemsToParse: MAX_PAGE_ELEMENTS }).parse() as Parsed | null;
    } catch {
      parsed = null;
    }
    const page = pageStats(doc);
    if (!parsed?.content) {
      const d = detectArticle(doc, url ?? null, pm, { images: 0, repeats: 0, words: 0, paragraphs: 0, longParagraphs: 0, blocks: 0, shortBlocks: 0, linkDensity: 0, headlineLinks: 0, ...page });
      return fail(d.isArticle ? 'no article text could be found on the page' : d.reason);
    }
    const title = meta.title || collapse(parsed.title ?? '') || collapse(doc.title ?? '');
    const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const titleKey = norm(title);
    const isTitle = (t: string) => {
      const k = norm(t);
      return k === titleKey || (k.length > 20 && titleKey.length > 20 && (titleKey.startsWith(k) || k.startsWith(titleKey)) && Math.min(k.length, titleKey.length) / Math.max(k.length, titleKey.length) > 0.7);
    };
    const raw = dropWidgetRuns(blocksOf(parsed.content).filter((b, i) => !isChromeBlock(b.text) && !(i < 5 && isTitle(b.text))));
    const body = cleanBody(raw);
    const blocks: Block[] = [{ kind: 'title', start: 0, end: title.length }];
    let text = title;
    for (const b of body) {
      text += '\n\n';
      blocks.push({ kind: b.kind, start: text.length, end: text.length + b.text.length });
      text += b.text;
    }
    // Statistics for the decision.
    let words = 0, paragraphs = 0, longParagraphs = 0, shortBlocks = 0, chars = 0, linked = 0, headlineLinks = 0, repeats = 0;
    const seen = new Set<string>();
    for (const b of raw) {
      const shape = b.text.toLowerCase().replace(/\d+/g, '#');
      if (seen.has(shape)) repeats++;
      else seen.add(shape);
      const w = countWords(b.text);
      words += w;
      chars += b.text.length;
      linked += b.linked;
      if (w < 5) shortBlocks++;
      const prose = b.linked / b.text.length < 0.5;
      if ((b.kind === 'paragraph' || b.kind === 'quote') && w >= 12 && prose) paragraphs++;
      if ((b.kind === 'paragraph' || b.kind === 'quote') && w >= 35 && prose) longParagraphs++;
    }
    for (const a of parsed.content.querySelectorAll('a')) {
      const t = a.textContent ?? '';
      if (t.length >= 25 && countWords(t) >= 4) headlineLinks++;
    }
    const images = parsed.content.querySelectorAll('img, picture, video, iframe').length;
    const stats: BodyStats = { images, repeats, words, paragraphs, longParagraphs, blocks: raw.length, shortBlocks, linkDensity: chars ? linked / chars : 0, headlineLinks, ...page };
    const d = detectArticle(doc, url ?? null, pm, stats);
    const byline = meta.byline.length ? meta.byline : bylineNames(parsed.byline ?? null, meta.publisher);
    meta = { ...meta, title, byline };
    return { meta, text, blocks, wordCount: countWords(text) - countWords(title), isArticle: d.isArticle, reason: d.reason };
  } catch (e) {
    return fail(`the page could not be read (${(e as Error)?.message ?? String(e)})`);
  }
}
