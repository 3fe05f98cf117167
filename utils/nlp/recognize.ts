// Recognition: tokens -> tagged spans -> people (with officials' roles), organisations and
// places, restricted to the article's own text, plus the summary built on them.
import type { Person, Organisation, Place, Summary } from '../analysis';
import { tokenize } from './tokenize';
import { tagTokens } from './tagger';
import { newSpan, type Span } from './span';
import type { Token } from './tokenize';
import { makeDoc } from './doc';
import { postprocess } from './postprocess';
import { trustHeadings } from './title-case';
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
  const headings = opts.scope.filter((r) => r.kind === 'heading' || r.kind === 'title' || r.end <= opts.bodyStart);
  spans = markPublisher(text, tokens, markBylines(text, tokens, trustHeadings(text, tokens, spans, headings), opts), opts);
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
  return markNames(text, tokens, spans, opts.scope, opts.bylines, 'PER', true);
}

/**
 * The page's own publication is an organisation where the article names it, in full or by
 * its short form: "Since joining The Post" on the Washington Post's site, "told The Times".
 */
function markPublisher(text: string, tokens: Token[], spans: Span[], opts: RecogniseOptions): Span[] {
  const name = opts.publisher?.trim();
  if (!name || !/^\p{Lu}/u.test(name)) return spans;
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  const forms = new Set([name, words.join(' '), 'The ' + words.join(' ')]);
  if (words.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(words[words.length - 1])) forms.add('The ' + words[words.length - 1]);
  return markNames(text, tokens, spans, opts.scope, [...forms], 'ORG', false);
}

/**
 * Spans of `type` for every in-scope occurrence of the names that no span overlaps; spans that
 * are exactly one of the names take the type. `anyCase` finds "ZHANG YUNBI" for "Zhang Yunbi".
 */
function markNames(text: string, tokens: Token[], spans: Span[], scope: Range[], names: string[], type: Span['type'], anyCase: boolean): Span[] {
  if (!names.length) return spans;
  const keys = new Set(names.map((b) => fold(b)));
  for (const s of spans) if (keys.has(fold(s.text))) s.type = type;
  const hay = anyCase ? text.toLowerCase() : text;
  const added: Span[] = [];
  const replaced = new Set<Span>();
  // Longest names first, so "The Harbour Courier" is found before "The Courier".
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const needle = anyCase ? name.toLowerCase() : name;
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (!inScope(scope, at, end) || added.some((s) => s.start < end && at < s.end)) continue;
      // Spans wholly inside the name ("Courier" of "The Courier") give way to it.
      const inside = spans.filter((s) => s.start < end && at < s.end);
      if (inside.some((s) => s.start < at || s.end > end)) continue;
      const first = tokens.findIndex((t) => t.start === at);
      const last = tokens.findIndex((t) => t.end === end);
      if (first < 0 || last < first) continue;
      for (const s of inside) replaced.add(s);
      added.push(newSpan(type, first, last + 1, at, end, text.slice(at, end)));
    }
  }
  return added.length ? [...spans.filter((s) => !replaced.has(s)), ...added].sort((a, b) => a.start - b.start) : spans;
}
