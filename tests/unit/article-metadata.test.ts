import { describe, it, expect } from 'vitest';
import { parseHTML } from 'linkedom';
import { readMetadata, isoDate, bylineNames, cleanTitle, jsonLd } from '@/utils/article/metadata';
import { quickCheck } from '@/utils/article/quick';
import { urlKind } from '@/utils/article/detect';
import { NEWS_WITH_JSONLD, NEWS_META_ONLY, SEARCH_PAGE, prose } from './article-pages';

const page = (html: string) => parseHTML(html).document as unknown as Document;

describe('dates', () => {
  it('are normalised to ISO 8601, keeping the offset when there is one', () => {
    expect(isoDate('2025-12-03T23:22:00+08:00')).toBe('2025-12-03T23:22:00+08:00');
    expect(isoDate('2025-12-03T23:22:00+0800')).toBe('2025-12-03T23:22:00+08:00');
    expect(isoDate('2025-12-03 23:22')).toBe('2025-12-03T23:22:00');
    expect(isoDate('2019-01-03T07:00:02.000Z')).toBe('2019-01-03T07:00:02Z');
    expect(isoDate('2025-12-03')).toBe('2025-12-03');
    expect(isoDate('20191119')).toBe('2019-11-19');
    expect(isoDate('Tue, 19 Nov 2019 10:48:00 GMT')).toBe('2019-11-19T10:48:00Z');
    expect(isoDate('November 19, 2019')).toBe('2019-11-19');
    expect(isoDate('yesterday')).toBeNull();
    expect(isoDate('')).toBeNull();
    expect(isoDate('2025-13-45')).toBeNull();
  });
});

describe('bylines', () => {
  it('keep the people and drop the rest', () => {
    expect(bylineNames('By ZHANG YUNBI | chinadaily.com.cn', null)).toEqual(['Zhang Yunbi']);
    expect(bylineNames('By Jane Doe and John Roe', null)).toEqual(['Jane Doe', 'John Roe']);
    expect(bylineNames('by Lucas Nolan22 Dec 2016651', null)).toEqual(['Lucas Nolan']);
    expect(bylineNames('Robert Burns, AP National Security Writer', null)).toEqual(['Robert Burns']);
    expect(bylineNames('Reuters', null)).toEqual([]);
    expect(bylineNames('Harbour Gazette staff', 'Harbour Gazette')).toEqual([]);
    expect(bylineNames('Jane Doe jane@example.com @janedoe', null)).toEqual(['Jane Doe']);
    expect(bylineNames('Analysis by Chris Example', null)).toEqual(['Chris Example']);
    expect(bylineNames('Alejandro de la Garza', null)).toEqual(['Alejandro de la Garza']);
    expect(bylineNames('Deutsche Welle', 'DW.COM')).toEqual([]);
  });
});

describe('titles', () => {
  it('lose the site name and trailing dates, not their own parts', () => {
    expect(cleanTitle('Ferry delayed - Harbour Gazette', ['Harbour Gazette'])).toBe('Ferry delayed');
    expect(cleanTitle('Harbour Gazette | Ferry delayed', ['Harbour Gazette'])).toBe('Ferry delayed');
    expect(cleanTitle('Opinion: Why it matters | DW | 26.05.2019', ['DW.COM', 'dw'])).toBe('Opinion: Why it matters');
    expect(cleanTitle('Tennis - Djokovic wins again', ['Harbour Gazette'])).toBe('Tennis - Djokovic wins again');
    expect(cleanTitle('Ferry delayed - Gazette Online', [], true)).toBe('Ferry delayed');
  });
});

describe('readMetadata', () => {
  it('reads JSON-LD in @graph and CDATA, with the types as signals', () => {
    const m = readMetadata(page(NEWS_WITH_JSONLD), 'https://gazette.example/x');
    expect(m.types).toContain('NewsArticle');
    expect(m.types).toContain('og:article');
    expect(m.description).toBe('The new terminal will open in the spring.');
  });
  it('survives JSON-LD that is an array, a string, or broken', () => {
    const html = (ld: string) => `<html><head><script type="application/ld+json">${ld}</script><title>T - Site</title></head><body><h1>Head</h1></body></html>`;
    expect(jsonLd(page(html('[{"@type":"BlogPosting","headline":"A"}, "x", 3, null]'))).length).toBe(1);
    expect(readMetadata(page(html('"just a string"'))).title).toBe('Head');
    const broken = readMetadata(page(html('{"@type": "NewsArticle", "headline": "Salvaged", "datePublished": "2024-02-03" ,,}')));
    expect(broken.title).toBe('Salvaged');
    expect(broken.published).toBe('2024-02-03');
    expect(broken.types).toContain('NewsArticle');
    expect(readMetadata(page(html('{"@type":"Article","author":{"@type":"Person","name":"MARY O\'NEIL"}}'))).byline).toEqual(["Mary O'Neil"]);
  });
  it('falls back to plain meta tags, the markup and the address', () => {
    const m = readMetadata(page(NEWS_META_ONLY), 'https://www.coastaldaily.example/a/1.html');
    expect(m.publisher).toBe('coastaldaily.example');
    expect(m.url).toBe('https://www.coastaldaily.example/a/1.html');
    expect(m.lang).toBe('en');
    const fr = readMetadata(page('<html lang="fr-FR"><head><link rel="canonical" href="https://x.example/a"></head><body><p rel="author">Par Jean Martin</p></body></html>'));
    expect(fr.lang).toBe('fr');
    expect(fr.url).toBe('https://x.example/a');
    expect(fr.byline).toEqual(['Jean Martin']);
  });
});

describe('quickCheck', () => {
  it('lets articles through', () => {
    expect(quickCheck(page(NEWS_WITH_JSONLD), 'https://gazette.example/news/x').likely).toBe(true);
    expect(quickCheck(page(NEWS_META_ONLY), 'https://coastaldaily.example/a/1.html').likely).toBe(true);
    const plain = page(`<html><body><h1>Story</h1>${prose(5)}</body></html>`);
    expect(quickCheck(plain, 'https://x.example/p').signal).toMatch(/headline and paragraphs/);
  });
  it('turns away search pages and bare home pages', () => {
    expect(quickCheck(page(SEARCH_PAGE), 'https://gazette.example/search?q=ferry').likely).toBe(false);
    expect(quickCheck(page('<html><body><a href="/x">x</a></body></html>'), 'https://gazette.example/').likely).toBe(false);
    expect(quickCheck(page('<html></html>'), 'https://gazette.example/a').likely).toBe(false);
  });
  it('lets through an address shaped like a story, and only that', () => {
    const empty = page('<html><body><p>Loading</p></body></html>');
    const signal = (url: string) => quickCheck(empty, url).signal;
    expect(signal('https://x.example/world/harbour-talks-end-without-a-deal')).toMatch(/address shaped like a story/);
    expect(signal('https://x.example/world/harbour_talks_end_today/')).toMatch(/address shaped like a story/);
    expect(signal('https://x.example/news/2025/120345.html')).toMatch(/address shaped like a story/);
    expect(signal('https://x.example/read?storyid=88&ref=home')).toMatch(/address shaped like a story/);
    expect(signal('https://x.example/about-our-team/contact')).toMatch(/no sign/);
    expect(signal('https://x.example/news/2025/12/03')).toMatch(/no sign/);
    expect(signal('https://x.example/read?storyid=88a')).toMatch(/no sign/);
  });
  // Its cost is measured by npm run bench; here, that it reads a bounded sample of the page:
  // prose after the first 40 paragraphs is not looked at.
  it('reads only the first paragraphs', () => {
    const short = Array.from({ length: 40 }, (_, i) => `<p>Item ${i}</p>`).join('');
    const late = page(`<html><body><h1>Index</h1>${short}${prose(50)}</body></html>`);
    expect(quickCheck(late, 'https://gazette.example/index').likely).toBe(false);
    const early = page(`<html><body><h1>Index</h1>${prose(50)}${short}</body></html>`);
    expect(quickCheck(early, 'https://gazette.example/index').likely).toBe(true);
  });
  it('reads a story-shaped address', () => {
    const bare = page('<html><body><p>Loading</p></body></html>');
    expect(quickCheck(bare, 'https://gazette.example/world/2026/03/harbour-pact-agreed-in-tallinn').signal).toMatch(/address/);
    expect(quickCheck(bare, 'https://gazette.example/news/2026031512345').likely).toBe(true);
    expect(quickCheck(bare, 'https://gazette.example/read?storyId=88412').likely).toBe(true);
    expect(quickCheck(bare, 'https://gazette.example/world/europe').likely).toBe(false);
    expect(quickCheck(bare, 'https://gazette.example/read?storyId=latest').likely).toBe(false);
    expect(quickCheck(bare, 'https://gazette.example/Account/settings').signal).toMatch(/search, sign-in/);
  });
});

describe('urlKind', () => {
  it('reads the address as a weak signal', () => {
    expect(urlKind('https://x.example/').kind).toBe('home');
    expect(urlKind('https://x.example/search?q=a').kind).toBe('search');
    expect(urlKind('https://x.example/video/some-clip').kind).toBe('video');
    expect(urlKind('https://x.example/topics/science').kind).toBe('listing');
    expect(urlKind('https://x.example/pictures/best-of-2018').kind).toBe('gallery');
    expect(urlKind('https://x.example/news/dramatic-video-shows-rescue').kind).toBe(null);
    expect(urlKind('https://x.example/2019/11/19/tennis-podcast-davis-cup').kind).toBe(null);
    expect(urlKind(null).kind).toBe(null);
  });
});
