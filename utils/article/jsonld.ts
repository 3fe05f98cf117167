// schema.org JSON-LD as pages really write it: wrapped in CDATA or comments, with raw control
// characters, truncated or broken. Read leniently, bounded in size.

export type Json = Record<string, unknown>;

const MAX_JSONLD_CHARS = 500_000;

/** A JSON-LD script's text as JSON: CDATA and comment wrappers and raw control characters removed. */
function parseLenient(text: string): unknown {
  const t = text
    .replace(/^\s*(<!--|<!\[CDATA\[|\/\/\s*<!\[CDATA\[)/, '')
    .replace(/(-->|\]\]>|\/\/\s*\]\]>)\s*$/, '')
    .trim()
    .replace(/;\s*$/, '');
  if (!t) return null;
  try {
    return JSON.parse(t);
  } catch {
    // Raw line breaks and tabs inside strings are the commonest fault.
    try {
      return JSON.parse(t.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return salvage(t);
    }
  }
}

/** From JSON-LD that will not parse at all: the types and a few plain string fields. */
function salvage(t: string): Json | null {
  const field = (k: string) => new RegExp(`"${k}"\\s*:\\s*"((?:[^"\\\\]|\\\\.){1,500})"`).exec(t)?.[1]?.replace(/\\(.)/g, '$1') ?? undefined;
  const types = [...t.matchAll(/"@type"\s*:\s*"([^"]{1,60})"/g)].map((m) => m[1]);
  if (!types.length) return null;
  const author = /"author"\s*:\s*(?:\[\s*)?\{[^}]*?"name"\s*:\s*"([^"]{1,100})"/.exec(t)?.[1];
  return { '@type': types, headline: field('headline'), datePublished: field('datePublished'), author: author ? { name: author } : undefined, salvaged: true };
}

/** Every object in the page's JSON-LD, flattened (arrays, @graph, mainEntity); bad JSON is read leniently. */
export function jsonLd(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 6 || !v || typeof v !== 'object' || out.length > 200) return;
    if (Array.isArray(v)) {
      for (const x of v.slice(0, 100)) visit(x, depth + 1);
      return;
    }
    const o = v as Json;
    out.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
    if (o.mainEntity && typeof o.mainEntity === 'object') visit(o.mainEntity, depth + 1);
  };
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i], script[type="application/json+ld" i]');
  for (let i = 0; i < scripts.length && i < 30; i++) {
    const text = scripts[i].textContent ?? '';
    if (text.length > MAX_JSONLD_CHARS) continue;
    try {
      visit(parseLenient(text), 0);
    } catch {
      /* nothing to learn from this one */
    }
  }
  return out;
}

const shortType = (t: string) => t.replace(/^https?:\/\/schema\.org\//i, '').trim();
export const typesOf = (o: Json): string[] =>
  (Array.isArray(o['@type']) ? o['@type'] : [o['@type']]).filter((t): t is string => typeof t === 'string').map(shortType);
