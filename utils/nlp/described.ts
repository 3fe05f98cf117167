// Bodies the text says are bodies, whatever the tagger made of their names:
// - "the Health and Safety Executive": "the" and a name ending in "Executive";
// - an appositive that names the kind ("Ansar al-Sharia, an al-Qaeda-linked organization,");
// - the opening words of armed and political groups' names in Arabic, Urdu and Persian
//   ("Jabhat", "Lashkar", "Hizb" ...) before a name with an article ("al-Sharia", "e-Taiba"):
//   facts of those languages, which a tagger trained on 1990s wire text rarely saw.
import type { Span } from './tagger';
import type { Token } from './tokenize';

// The kind must end the description ("an al-Qaeda-linked organization," "a group based in"),
// so that "a party official" or "a member of the group" says nothing of the name.
const KIND = /^,\s+(?:an?|the)\s+(?:(?!(?:of|for|in|at|with|to|from)\s)[\p{L}-]+\s+){0,3}?(organi[sz]ation|group|militia|movement|faction|party|charity|network|coalition|alliance|company|firm|agency)(?:\s*[,.;)—–]|\s+(?:that|which|based|founded|linked|led|whose)\b)/u;
const OPENERS = /^(Ansar|Jabhat|Jaish|Harakat|Hizb|Hezb|Lashkar|Tehrik|Tehreek|Jamaat|Jamaa|Jemaah|Kataib|Kata'ib|Liwa|Asaib|Saraya|Hayat|Hay'at|Tanzim)(-|$)/;
const ARTICLE = /(^|\s|-)(al|ul|ut|ud|e|el|ad|ash|as|at|an|ar|ush)-/;

export function describedBodies(text: string, tokens: Token[], spans: Span[]): Span[] {
  const gone = new Set<Span>();
  for (const s of spans) {
    if ((s.type === 'PER' || s.type === 'ORG') && !s.fixed && tokens[s.tokenEnd - 1].text === 'Executive') {
      executive(text, tokens, s, spans, gone);
      continue;
    }
    if (s.type === 'ORG' || s.fixed) continue;
    if (OPENERS.test(tokens[s.tokenStart].text) && ARTICLE.test(s.text)) s.type = 'ORG';
    else if (s.type !== 'LOC' && text.charCodeAt(s.end) === 44 && KIND.test(text.slice(s.end, s.end + 60))) s.type = 'ORG';
  }
  return gone.size ? spans.filter((s) => !gone.has(s)) : spans;
}

/**
 * "the Health and Safety Executive", "the Scottish Executive": after "the", a name ending in
 * "Executive" is a body (a person's name never ends in a title); the tagger, taking
 * "Executive" for a title, may have left out the words before "and".
 */
function executive(text: string, tokens: Token[], s: Span, spans: Span[], gone: Set<Span>): void {
  let a = s.tokenStart;
  if (a >= 3 && tokens[a - 1].text === 'and' && /^\p{Lu}\p{Ll}+$/u.test(tokens[a - 2].text) && /^the$/i.test(tokens[a - 3].text)) {
    // The word before "and" joins the name, and whatever span the tagger made of it goes.
    const before = spans.find((o) => o.tokenStart === a - 2 && o.tokenEnd === a - 1);
    if (before) gone.add(before);
    a -= 2;
  }
  if (a < 1 || !/^the$/i.test(tokens[a - 1].text)) return;
  s.type = 'ORG';
  s.tokenStart = a;
  s.start = tokens[a].start;
  s.text = text.slice(s.start, s.end);
}
