import { describe, it, expect } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '@/utils/article/extract';
import { buildTextIndex } from '@/utils/highlight/text-index';
import { isHidden } from '@/utils/article/hidden';
import { prose } from './article-pages';

// A story whose name opens a hover card, as some outlets do: the card (full name, latest
// stories) sits inside the sentence in the markup and is shown only on hover.
const CARD_PAGE = `<html><head><title>Harbour levy</title><meta property="og:type" content="article"></head><body><article>
<h1>Harbour levy passes its first vote</h1>
<p>Northland Gov. <span class="rollover-person"><a class="rollover-person-link" href="/people/mara-lindqvist">Mara Lindqvist</a><span class="rollover-person-block"><img src="m.jpg" alt=""><a class="name" href="/people/mara-lindqvist">Mara Ingrid Lindqvist</a><a href="/a/1">Northland weighs a harbour levy</a> <a class="more" href="/people/mara-lindqvist">MORE</a></span></span> (I) said on Tuesday that the levy would pay for the new breakwater within ten years.</p>
<p>The <abbr class="has-tooltip" title="Port Authority">NPA</abbr><span class="tooltip-text">Northland Port Authority</span> backed the plan.</p>
<p hidden>Subscribe to read the rest of this story today.</p>
${prose(8)}
</article></body></html>`;

describe('text the reader does not see', () => {
  const doc = () => parseHTML(CARD_PAGE).document as unknown as Document;

  it('is left out of the extracted text: hover cards, tooltip text, hidden elements', () => {
    const ex = extractArticle(doc(), 'https://northland.example/news/harbour-levy-passes-first-vote');
    expect(ex.isArticle).toBe(true);
    expect(ex.text).toContain('Northland Gov. Mara Lindqvist (I) said on Tuesday');
    expect(ex.text).toContain('The NPA backed the plan.');
    expect(ex.text).not.toContain('Mara Ingrid Lindqvist');
    expect(ex.text).not.toContain('MORE');
    expect(ex.text).not.toContain('Subscribe');
  });

  it('is left out of the page index too, so each extracted paragraph is found again in the page', () => {
    const d = doc();
    const ex = extractArticle(d, 'https://northland.example/news/harbour-levy-passes-first-vote');
    const index = buildTextIndex(d.body);
    for (const b of ex.blocks.slice(1)) expect(index.text).toContain(ex.text.slice(b.start, b.end));
    expect(index.text).not.toContain('Mara Ingrid Lindqvist');
    // Offsets map back to the name's own text node, not the card's.
    const at = index.text.indexOf('Mara Lindqvist');
    const node = index.nodes[index.starts.findLastIndex((s) => s <= index.toRaw[at])];
    expect(node.data).toBe('Mara Lindqvist');
  });

  it('is judged by the part of the widget a class names, not the widget alone', () => {
    const el = (cls: string) => parseHTML(`<span class="${cls}">x</span>`).document.querySelector('span') as unknown as Element;
    for (const cls of ['rollover-person-block', 'tooltip-text', 'hovercard', 'c-popover__content x']) expect(isHidden(el(cls)), cls).toBe(true);
    for (const cls of ['rollover-person', 'tooltip', 'has-tooltip', 'tooltip-trigger', 'story-body']) expect(isHidden(el(cls)), cls).toBe(false);
  });
});
