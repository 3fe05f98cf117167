// Recognition of an extracted article: text -> the analysis. Shared by the background and the
// command line; the page side (detect, extract) is in analyze-page.ts.
import type { ArticleAnalysis, ArticleMeta } from './analysis';
import { recognise } from './nlp/recognize';
import { textScope, type Range } from './nlp/scope';
import { guessLanguage } from './nlp/language';
import { bylineNames } from './article/metadata';
import { countWords } from './article/text';

export interface TextInput {
  text: string;
  url?: string | null;
  /** Parts of `text` that are the article; by default found by the plain-text chrome filter. */
  scope?: Range[];
  meta?: Partial<ArticleMeta>;
  reason?: string;
}


/** The headline of a plain text is its first line (the analysis contract). */
function headlineOf(text: string): { title: string; end: number } {
  const nl = text.indexOf('\n');
  const first = nl < 0 ? text : text.slice(0, nl);
  return { title: first.trim(), end: first.length };
}

/** "By ZHANG YUNBI | chinadaily.com.cn" near the top of a plain text. */
function bylineFromText(text: string, scope: Range[]): string[] {
  for (const r of scope.slice(0, 12)) {
    const line = text.slice(r.start, r.end);
    if (/^\s*by\s+\S/i.test(line) && line.length < 200) return bylineNames(line, null);
  }
  return [];
}

/** Analyse text that is known to be an article (a .txt file, or a page's extracted text). */
export function analyzeText(input: TextInput): ArticleAnalysis {
  const text = input.text;
  const scope = input.scope ?? textScope(text);
  const head = headlineOf(text);
  const meta: ArticleMeta = {
    title: input.meta?.title || head.title,
    publisher: input.meta?.publisher ?? null,
    url: input.meta?.url ?? input.url ?? null,
    published: input.meta?.published ?? null,
    byline: input.meta?.byline?.length ? input.meta.byline : bylineFromText(text, scope),
    lang: guessLanguage(text, input.meta?.lang),
    wordCount: input.meta?.wordCount ?? countWords(text),
  };
  const base = { isArticle: true as const, reason: input.reason ?? 'plain text', article: meta, text };
  if (meta.lang !== 'en') {
    return {
      ...base,
      reason: `${base.reason}; not English (${meta.lang}): not annotated`,
      people: [],
      organisations: [],
      places: [],
      summary: { keyPoints: [], quotes: [] },
    };
  }
  const r = recognise(text, { scope, bodyStart: head.end, headline: meta.title, bylines: meta.byline, publisher: meta.publisher });
  // Written out rather than spread: this is the last step of every analysis.
  return { isArticle: true, reason: base.reason, article: meta, text, people: r.people, organisations: r.organisations, places: r.places, summary: r.summary };
}
