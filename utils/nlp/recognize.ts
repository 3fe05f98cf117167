// Recognition: tokens -> tagged spans -> people (with officials' roles), organisations and
// places, restricted to the article's own text, plus the summary built on them.
import type { Person, Organisation, Place, Summary } from '../analysis';
import { tokenize } from './tokenize';
import { tagTokens, type Span } from './tagger';
import type { Token } from './tokenize';
import { makeDoc } from './doc';
import { postprocess } from './postprocess';
import { inScope, type Range } from './scope';
import { buildPeople } from './people';
import { buildOrganisations } from './organisations';
import { summarise } from './summary';
import { fold } from './identity';

export interface Recognised {
  people: Person[];
  organisations: Organisation[];
  places: Place[];
  summary: Summary;
}

export interface RecogniseOptions {
  /** The article's parts of the text; everything else (site chrome) yields nothing. */
  scope: Range[];
  /** Where the body starts (after the headline), for key points. */
  bodyStart: number;
  headline: string;
  bylines: string[];
  publisher: string | null;
}

export function recognise(text: string, opts: RecogniseOptions): Recognised {
  const { tokens, sentences } = tokenize(text);
  let spans = postprocess(text, tokens, tagTokens(text, tokens, sentences)).filter((s) => inScope(opts.scope, s.start, s.end));
  spans = markBylines(text, tokens, spans, opts);
  const doc = makeDoc(text, tokens, sentences, spans);
  const of = (type: Span['type']) => spans.filter((s) => s.type === type);
  const people = buildPeople(doc, of('PER'), opts.bylines, opts.publisher);
  const organisations = buildOrganisations(doc, of('ORG'));
  const places = buildPlaces(of('LOC'));
  const summary = summarise(doc, opts.scope, opts.bodyStart, people, organisations, opts.headline);
  const salience = (e: { mentions: { start: number }[] }) => e.mentions.length * 2 + (e.mentions[0]?.start < opts.bodyStart ? 3 : 0) - (e.mentions[0]?.start ?? 0) / (text.length + 1);
  people.sort((a, b) => Number(b.official) - Number(a.official) || salience(b) - salience(a));
  organisations.sort((a, b) => salience(b) - salience(a));
  return { people, organisations, places, summary };
}

function buildPlaces(spans: Span[]): Place[] {
  const byKey = new Map<string, Place>();
  for (const s of spans) {
    // Places keep their own names: two earthquakes in different cities are different stories.
    const name = s.text.replace(/['’]s$/, '');
    const key = fold(name);
    if (!key) continue;
    const p = byKey.get(key) ?? { name, key, count: 0 };
    p.count++;
    byKey.set(key, p);
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count);
}

/** The byline names people, whatever the tagger made of an all-capitals or odd line. */
function markBylines(text: string, tokens: Token[], spans: Span[], opts: RecogniseOptions): Span[] {
  if (!opts.bylines.length) return spans;
  const keys = new Set(opts.bylines.map((b) => fold(b)));
  for (const s of spans) if (keys.has(fold(s.text))) s.type = 'PER';
  const lower = text.toLowerCase();
  const added: Span[] = [];
  for (const name of opts.bylines) {
    const needle = name.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (!inScope(opts.scope, at, end) || spans.some((s) => s.start < end && at < s.end)) continue;
      const first = tokens.findIndex((t) => t.start === at);
      const last = tokens.findIndex((t) => t.end === end);
      if (first < 0 || last < first) continue;
      added.push({ type: 'PER', start: at, end, tokenStart: first, tokenEnd: last + 1, text: text.slice(at, end) });
    }
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}
