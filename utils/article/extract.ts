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

import { collapse, countWords } from './text';
import { cleanBody, isChromeBlock, type RawBlock } from './chrome';
import { isHidden, MAYBE_HIDDEN } from './hidden';

export { collapse, countWords } from './text';
export { isChromeBlock } from './chrome';

// Leftover page furniture that Readability sometimes keeps: lines made only of these words.
const linkedChars = (el: Element): number => {
  let n = 0;
  for (const a of el.querySelectorAll('a')) n += collapse(a.textContent ?? '').length;
  if (el.tagName.toUpperCase() === 'A') n = collapse(el.textContent ?? '').length;
  return n;
};

/** An element's text without what isHidden() leaves out. */
function textOf(el: Element): string {
  if (!el.querySelector(MAYBE_HIDDEN)) return el.textContent ?? '';
  let out = '';
  for (const n of el.childNodes) {
    if (n.nodeType === 3) out += n.textContent ?? '';
    else if (n.nodeType === 1 && !isHidden(n as Element)) out += textOf(n as Element);
  }
  return out;
}

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
      if (isHidden(child)) continue;
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
        const text = collapse([...child.children].map(textOf).join(' '));
        if (text) out.push({ kind: 'paragraph', text, linked: linkedChars(child) });
        continue;
      }
      if (kind && (!nested || kind === 'quote' || kind === 'caption')) {
        // A block element without blocks inside (a quote or caption is kept whole).
        flush();
        if (kind === 'quote' && nested && child.querySelector('p')) {
          // A blockquote of paragraphs: each paragraph is a quote block.
          for (const p of child.querySelectorAll('p')) {
            const text = collapse(textOf(p));
            if (text) out.push({ kind: 'quote', text, linked: linkedChars(p) });
          }
        } else {
          const text = collapse(textOf(child));
          if (text) out.push({ kind, text, linked: linkedChars(child) });
        }
      } else if (kind || nested || tag in CONTAINER) {
        flush();
        visit(child, depth + 1);
        flush();
      } else {
        // Inline element: part of the current loose run of text.
        loose += textOf(child);
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
      parsed = new Readability(clone, { serializer: (el: Node) => el, charThreshold: 300, keepClasses: true, maxElemsToParse: MAX_PAGE_ELEMENTS }).parse() as Parsed | null;
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
