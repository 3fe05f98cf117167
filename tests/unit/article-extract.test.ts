import { describe, it, expect } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '@/utils/article/extract';
import { NEWS_WITH_JSONLD, NEWS_META_ONLY, SECTION_FRONT, SEARCH_PAGE, VIDEO_PAGE, MALFORMED, prose } from './article-pages';

const page = (html: string) => parseHTML(html).document as unknown as Document;

describe('extractArticle', () => {
  it('takes a news story with JSON-LD as an article and reads its metadata', () => {
    const doc = page(NEWS_WITH_JSONLD);
    const before = doc.body.innerHTML;
    const ex = extractArticle(doc, 'https://gazette.example/news/2025/03/04/ferry-terminal-delayed-two-years');
    expect(ex.isArticle).toBe(true);
    expect(ex.reason).toMatch(/schema\.org NewsArticle/);
    expect(ex.meta.title).toBe('Ferry terminal delayed by two years');
    expect(ex.meta.publisher).toBe('Harbour Gazette');
    expect(ex.meta.url).toBe('https://gazette.example/news/2025/03/04/ferry-terminal-delayed-two-years');
    expect(ex.meta.published).toBe('2025-03-04T09:15:00+01:00');
    expect(ex.meta.byline).toEqual(['Jonas Weber', 'Lena Park']);
    expect(ex.meta.lang).toBe('en');
    // The page itself is left as it was (Readability works on a copy).
    expect(doc.body.innerHTML).toBe(before);
  });

  it('builds the text as headline, blank line, one block per line, with exact offsets', () => {
    const ex = extractArticle(page(NEWS_WITH_JSONLD), 'https://gazette.example/news/x');
    expect(ex.text.startsWith('Ferry terminal delayed by two years\n\n')).toBe(true);
    expect(ex.blocks[0]).toEqual({ kind: 'title', start: 0, end: 'Ferry terminal delayed by two years'.length });
    const parts = ex.text.split('\n\n');
    expect(parts.length).toBe(ex.blocks.length);
    let prev = -1;
    for (const [i, b] of ex.blocks.entries()) {
      expect(ex.text.slice(b.start, b.end)).toBe(parts[i]);
      expect(b.start).toBeGreaterThan(prev);
      prev = b.end;
      expect(parts[i]).not.toMatch(/\n|\s{2}/);
    }
    const kinds = new Set(ex.blocks.map((b) => b.kind));
    expect(kinds.has('caption')).toBe(true);
    expect(kinds.has('quote')).toBe(true);
    // Furniture is left out; navigation and "most read" never reach the text.
    expect(ex.text).not.toMatch(/Advertisement|^Share$|Most read|Storm closes coastal road|All rights reserved/m);
    expect(ex.wordCount).toBeGreaterThan(200);
  });

  it('takes a story with only plain meta tags as an article', () => {
    const ex = extractArticle(page(NEWS_META_ONLY), 'https://coastaldaily.example/a/202512/03/council-budget.html');
    expect(ex.isArticle).toBe(true);
    expect(ex.meta.title).toBe('Town council approves harbour budget');
    expect(ex.meta.byline).toEqual(['Ana Lima']);
    expect(ex.meta.published).toBe('2025-12-03T23:22:00');
    expect(ex.meta.publisher).toBe('coastaldaily.example');
  });

  it('turns away a section front that calls itself an article', () => {
    const ex = extractArticle(page(SECTION_FRONT), 'https://gazette.example/world');
    expect(ex.isArticle).toBe(false);
    expect(ex.reason).toMatch(/section front|listing|little body text/);
  });

  it('turns away a search results page', () => {
    const ex = extractArticle(page(SEARCH_PAGE), 'https://gazette.example/search?q=ferry');
    expect(ex.isArticle).toBe(false);
    expect(ex.reason).toMatch(/search results/);
  });

  it('turns away a video page', () => {
    const ex = extractArticle(page(VIDEO_PAGE), 'https://gazette.example/video/new-ferry-arrives');
    expect(ex.isArticle).toBe(false);
    expect(ex.reason).toMatch(/video/);
  });

  it('turns away a home page and a page with too little text', () => {
    expect(extractArticle(page(NEWS_META_ONLY), 'https://coastaldaily.example/').reason).toMatch(/home page/);
    const short = extractArticle(page(`<html><body><h1>Notice</h1><p>The office is closed today.</p></body></html>`), 'https://x.example/notice');
    expect(short.isArticle).toBe(false);
    expect(short.reason).toMatch(/too little body text/);
  });

  it('never throws: malformed, empty, huge and odd pages get a reason', () => {
    const broken = extractArticle(page(MALFORMED), 'https://x.example/news/broken-page-story');
    expect(broken.isArticle).toBe(true);
    expect(broken.meta.title).toBe('Broken page');
    expect(broken.meta.published).toBe('2025-01-02T03:04:05Z');
    for (const html of ['', '<html></html>', '<html><body>   </body></html>', '\u0000\u0001'.repeat(100)]) {
      const ex = extractArticle(page(html), null);
      expect(ex.isArticle).toBe(false);
      expect(ex.reason).toMatch(/empty|no body text|too little/);
    }
    const huge = page(`<html><body><article><h1>Big</h1>${prose(40).repeat(400)}</article></body></html>`);
    const ex = extractArticle(huge, 'not a url');
    expect(typeof ex.reason).toBe('string');
    expect(ex.reason).toMatch(/too large/);
  });

  it('keeps table rows as lines and drops repeated captions', () => {
    const html = `<html><head><meta property="og:type" content="article"><meta property="article:published_time" content="2025-01-01"></head><body><article><h1>Results</h1>
      ${prose(6)}<table><tr><td>Palm Bay</td><td>70</td></tr><tr><td>Rockledge</td><td>44</td></tr></table>
      <figure><figcaption>The team after the final whistle on Friday evening in the main arena.</figcaption></figure>
      <figure><figcaption>The team after the final whistle on Friday evening in the main arena.</figcaption></figure></article></body></html>`;
    const ex = extractArticle(page(html), 'https://x.example/sport/results-of-the-night');
    expect(ex.isArticle).toBe(true);
    expect(ex.text).toContain('\n\nPalm Bay 70\n\n');
    expect(ex.text.split('The team after the final whistle').length).toBe(2);
  });

  it('drops invitations to follow a topic, whose topic is no name of the story', () => {
    const html = `<html><head><meta property="og:type" content="article"></head><body><article><h1>Harbour levy passes</h1>
      ${prose(6)}<p>Interested in Harbour Levies?</p><p>Add Harbour Levies as an interest to stay up to date on the latest Harbour Levies news, video, and analysis from Gazette News.</p>${prose(2)}</article></body></html>`;
    const ex = extractArticle(page(html), 'https://gazette.example/news/harbour-levy-passes');
    expect(ex.isArticle).toBe(true);
    expect(ex.text).not.toContain('Harbour Levies');
  });
});
