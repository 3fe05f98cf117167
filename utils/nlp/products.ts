// Products are not organisations: "Internet Explorer", "BlackBerry Curve", "Toyota Camry". A
// tagger trained on news reads them as bodies, since they are capitalised names owned by
// companies. Two signs together mark a product: one of its mentions is followed by what kind of
// product it is ("its Internet Explorer Web browser"), and it is named as something a body owns
// ("Microsoft's Internet Explorer", "its Internet Explorer") or after the brand the article
// names as a body ("BlackBerry Curve" beside "BlackBerry"). Either sign alone is too weak:
// "Hewlett Packard laptops" are a company's laptops.
import type { Span } from './tagger';
import type { Token } from './tokenize';
import { ORG_FORMS } from './lexicon/organisations';
import { ORG_HEAD, LEGAL_FORM, headOf } from './name-facts';

// What kind of product follows the name, perhaps after a version or a second word ("Internet
// Explorer 8 browser", "Internet Explorer Web browser").
const KIND_AFTER = /^\s+(?:(?:\d[\w.]*|\p{Lu}\p{Ll}+)\s+)?(browsers?|smartphones?|handsets?|phones?|tablets?|laptops?|notebooks?|computers?|consoles?|sedans?|hatchbacks?|minivans?|software|apps?|chips?|processors?|chipsets?|operating system|search engine|web browser)\b/u;
const OWNED_BEFORE = /(?:\bits|\btheir|\p{Lu}[\p{L}.&-]*['’]s)\s+(?:new\s+|latest\s+|popular\s+)?$/u;

export function dropProducts(text: string, tokens: Token[], spans: Span[]): Span[] {
  let kinds: Set<string> | null = null;
  for (const s of spans) if (s.type === 'ORG' && KIND_AFTER.test(text.slice(s.end, s.end + 40))) (kinds ??= new Set()).add(s.text);
  if (!kinds) return spans;
  const orgs = new Set(spans.filter((s) => s.type === 'ORG').map((s) => s.text));
  const products = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'ORG' || !kinds.has(s.text) || ORG_FORMS.has(s.text) || ORG_HEAD.test(headOf(s.text))) continue;
    const words = s.text.split(' ');
    if (LEGAL_FORM.test(words[words.length - 1])) continue;
    const owned = OWNED_BEFORE.test(text.slice(Math.max(0, s.start - 40), s.start));
    const brand = words.length > 1 && orgs.has(words[0]);
    if (owned || brand) products.add(s.text);
  }
  if (!products.size) return spans;
  return spans.filter((s) => !(s.type === 'ORG' && products.has(s.text)));
}
