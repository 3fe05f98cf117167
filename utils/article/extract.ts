// Extraction: Readability on a copy of the page (it rewrites what it is given), then the
// article's blocks in reading order. The analysed text is the headline, a blank line, and the
// blocks separated by blank lines, each on one line with whitespace collapsed.
import { Readability } from '@mozilla/readability';
import type { ArticleMeta } from '../analysis';
import { readMetadata, bylineNames } from './metadata';
import { detectArticle } from './detect';
import { isChrome } from '../nlp/scope';

export interface Block {
  kind: 'title' | 'heading' | 'paragraph' | 'caption' | 'quote' | 'list';
  start: number;
  end: number;
}

export interface Extracted {
  meta: Omit<ArticleMeta, 'wordCount'> & { description: string | null };
  text: string;
  blocks: Block[];
  wordCount: number;
  isArticle: boolean;
  reason: string;
}

/** Pages bigger than this are not analysed: a reader's article is never this long. */
export const MAX_PAGE_CHARS = 8_000_000;
const BLOCK_TAGS: Record<string, Block['kind']> = {
  P: 'paragraph', H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  LI: 'list', BLOCKQUOTE: 'quote', FIGCAPTION: 'caption', PRE: 'paragraph', DD: 'paragraph', DT: 'paragraph',
};
const collapse = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
export const countWords = (s: string) => (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;

/** Text blocks of Readability's content element, innermost block elements only. */
function blocksOf(root: Element): { kind: Block['kind']; text: string }[] {
  const out: { kind: Block['kind']; text: string }[] = [];
  const visit = (el: Element) => {
    const kind = BLOCK_TAGS[el.tagName.toUpperCase()];
    const hasBlockChild = [...el.children].some((c) => BLOCK_TAGS[c.tagName.toUpperCase()] || c.querySelector?.('p, li, h2, h3, blockquote, figcaption'));
    if (kind && !hasBlockChild) {
      const text = collapse(el.textContent ?? '');
      if (text) out.push({ kind, text });
      return;
    }
    // Loose text directly inside a container is a paragraph of its own.
    let loose = '';
    for (const n of el.childNodes) {
      if (n.nodeType === 3) loose += n.textContent;
      else if (n.nodeType === 1) {
        const child = n as Element;
        if (BLOCK_TAGS[child.tagName.toUpperCase()] || child.querySelector('p, li, h2, h3, h4, blockquote, figcaption, div')) {
          if (collapse(loose)) out.push({ kind: 'paragraph', text: collapse(loose) });
          loose = '';
          visit(child);
        } else loose += child.textContent ?? '';
      }
    }
    if (collapse(loose)) out.push({ kind: 'paragraph', text: collapse(loose) });
  };
  visit(root);
  return out;
}

export function extractArticle(doc: Document, url?: string | null): Extracted {
  if (!doc.documentElement || !doc.body || !doc.body.textContent?.trim()) {
    const meta = { title: '', publisher: null, url: url ?? null, published: null, byline: [], lang: 'en', description: null };
    return { meta, text: '', blocks: [], wordCount: 0, isArticle: false, reason: 'the page is empty' };
  }
  const empty = (reason: string, meta = readMetaSafe(doc, url)): Extracted => ({ meta, text: '', blocks: [], wordCount: 0, isArticle: false, reason });
  try {
    const size = doc.documentElement?.textContent?.length ?? 0;
    if (!doc.body || size === 0) return empty('the page is empty');
    if (size > MAX_PAGE_CHARS) return empty(`the page is too large to analyse (${(size / 1e6).toFixed(1)} million characters)`);
    const meta = readMetadata(doc, url);
    const clone = doc.cloneNode(true) as Document;
    const parsed = new Readability(clone, { serializer: (el: Node) => el, charThreshold: 300 }).parse() as { content: Element; title: string; byline: string | null } | null;
    if (!parsed?.content) {
      const d = detectArticle(doc, url ?? null, meta, { words: 0, paragraphs: 0 });
      return empty(d.isArticle ? 'no article text could be extracted' : d.reason, { ...pick(meta) });
    }
    const title = meta.title || collapse(parsed.title ?? '');
    const body = blocksOf(parsed.content).filter((b) => !isChrome(b.text) && b.text !== title);
    const blocks: Block[] = [{ kind: 'title', start: 0, end: title.length }];
    let text = title;
    for (const b of body) {
      text += '\n\n';
      blocks.push({ kind: b.kind, start: text.length, end: text.length + b.text.length });
      text += b.text;
    }
    const bodyText = body.map((b) => b.text).join(' ');
    const wordCount = countWords(bodyText);
    const paragraphs = body.filter((b) => b.kind === 'paragraph' && countWords(b.text) >= 12).length;
    const d = detectArticle(doc, url ?? null, meta, { words: wordCount, paragraphs });
    const byline = meta.byline.length ? meta.byline : bylineNames(parsed.byline, meta.publisher);
    return { meta: { ...pick(meta), title, byline }, text, blocks, wordCount, isArticle: d.isArticle, reason: d.reason };
  } catch (e) {
    return empty(`the page could not be read (${(e as Error).message})`);
  }
}

function pick(m: ReturnType<typeof readMetadata>): Extracted['meta'] {
  return { title: m.title, publisher: m.publisher, url: m.url, published: m.published, byline: m.byline, lang: m.lang, description: m.description };
}

function readMetaSafe(doc: Document, url?: string | null): Extracted['meta'] {
  try {
    return pick(readMetadata(doc, url));
  } catch {
    return { title: '', publisher: null, url: url ?? null, published: null, byline: [], lang: 'en', description: null };
  }
}
