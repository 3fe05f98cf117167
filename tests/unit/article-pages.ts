// Small pages written for the article tests: a wire story with JSON-LD, a story with only meta
// tags, a section front, a search page, a video page and broken markup. The text is made up.

const SENTENCES = [
  'The harbour authority said on Tuesday that the new ferry terminal would open in the spring, two years later than first planned.',
  'Engineers found that the old pier could not carry the weight of the larger vessels now used on the northern route.',
  'Councillor Maria Ostrova, who chairs the transport committee, told reporters that the delay had cost the town about four million euros.',
  '"We would rather open late than open a terminal that is not safe," she said after a two-hour meeting at the town hall.',
  'Local businesses have complained that the works have cut the number of visitors arriving by sea during the summer months.',
  'The regional government has promised to cover part of the extra cost, according to a statement released by the finance office.',
  'Passengers will be able to buy tickets online and board through two covered walkways once the building is finished.',
  'The ferry company said it expected traffic on the route to grow by a fifth over the next three years.',
];

let calls = 0;
/** `n` paragraphs of made-up news prose, each different from the ones before. */
export function prose(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++, calls++) {
    out.push(`<p>${SENTENCES[calls % SENTENCES.length]} ${SENTENCES[(calls * 3 + 1) % SENTENCES.length]} It was note ${calls + 1} of the day.</p>`);
  }
  return out.join('\n');
}

const nav = `<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>`;
const footer = `<footer><p>© 2025 Harbour Gazette. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>`;

export const NEWS_WITH_JSONLD = `<!doctype html><html lang="en-GB"><head>
<title>Ferry terminal delayed by two years - Harbour Gazette</title>
<link rel="canonical" href="/news/2025/03/04/ferry-terminal-delayed-two-years">
<meta property="og:type" content="article">
<meta property="og:title" content="Ferry terminal delayed by two years | Harbour Gazette">
<meta property="og:site_name" content="Harbour Gazette">
<meta name="description" content="The new terminal will open in the spring.">
<script type="application/ld+json"><![CDATA[
{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Harbour Gazette"},
 {"@type":"NewsArticle","headline":"Ferry terminal delayed by two years","datePublished":"2025-03-04T09:15:00+0100",
  "author":[{"@type":"Person","name":"JONAS WEBER"},{"@type":"Person","name":"Lena Park"},{"@type":"Organization","name":"Harbour Gazette"}],
  "publisher":{"@type":"Organization","name":"Harbour Gazette"}}]}
]]></script>
</head><body>${nav}
<main><article><h1>Ferry terminal delayed by two years</h1>
<p class="byline">By JONAS WEBER and Lena Park</p>
<figure><img src="pier.jpg" alt=""><figcaption>The old pier at the northern harbour.</figcaption></figure>
${prose(3)}
<div class="ad">Advertisement</div>
${prose(3)}
<p>Share</p>
<blockquote><p>"The terminal is the biggest project the town has seen in a generation," the mayor wrote.</p></blockquote>
${prose(2)}
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Storm closes coastal road for a second day running</a></li><li><a href="/b">School choir wins national title after long wait</a></li></ul></aside>
${footer}</body></html>`;

export const NEWS_META_ONLY = `<!doctype html><html><head>
<title>Town council approves harbour budget - Coastal Daily</title>
<meta name="author" content="By ANA LIMA | coastaldaily.example">
<meta name="publishdate" content="2025-12-03 23:22">
</head><body>${nav}
<div class="content"><h1>Town council approves harbour budget</h1>
<div class="info">By ANA LIMA | coastaldaily.example | Updated: 2025-12-03 23:22</div>
${prose(10)}
</div>${footer}</body></html>`;

const headlines = Array.from({ length: 48 }, (_, i) => `<li><a href="/news/story-${i}-about-the-harbour-and-the-town">Story number ${i} about the harbour, the ferry and the town council</a></li>`).join('\n');
export const SECTION_FRONT = `<!doctype html><html><head><title>World news | Harbour Gazette</title>
<meta property="og:type" content="article"></head><body>${nav}
<main><h1>World</h1><ul class="river">${headlines}</ul></main>${footer}</body></html>`;

export const SEARCH_PAGE = `<!doctype html><html><head><title>Search results for ferry</title></head><body>${nav}
<main><h1>Results for "ferry"</h1>${prose(4)}<ol>${headlines.slice(0, 2000)}</ol></main>${footer}</body></html>`;

export const VIDEO_PAGE = `<!doctype html><html><head><title>Watch: the new ferry arrives</title>
<meta property="og:type" content="video.other">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":"The new ferry arrives","uploadDate":"2025-03-04"}</script>
</head><body>${nav}
<main><h1>Watch: the new ferry arrives</h1><div class="player"><video src="ferry.mp4"></video></div>
<p>The new ferry arrived in the harbour on Tuesday morning, watched by a small crowd on the quay.</p>
<ul>${headlines.slice(0, 1500)}</ul></main>${footer}</body></html>`;

export const MALFORMED = `<html><head><title>Broken <b>page</title><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken page", "datePublished": "2025-01-02T03:04:05Z", </script></head>
<body><div><p>Unclosed paragraph <span>with <a href="x">nested <i>tags
<table><tr><td>cell<td>another cell</table>
<article><h1>Broken page</h1>${prose(6)}<p>trailing`;
