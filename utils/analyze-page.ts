// The whole pipeline for a page, as the command line runs it (the extension runs the same
// two halves in two places: extraction in the page, recognition in the background):
// page -> detect -> extract -> recognise -> the analysis.
import type { Analysis } from './analysis';
import { extractArticle } from './article/extract';
import { analyzeText } from './analyze';
import type { Range } from './nlp/scope';

/** Analyse a page: decide whether it is an article, extract it, recognise what it says. */
export function analyzeDocument(doc: Document, url?: string | null): Analysis {
  const ex = extractArticle(doc, url ?? null);
  if (!ex.isArticle) return { isArticle: false, reason: ex.reason, article: { ...ex.meta } };
  const scope: Range[] = ex.blocks.map((b) => ({ start: b.start, end: b.end, kind: b.kind }));
  const { description: _d, ...meta } = ex.meta;
  return analyzeText({
    text: ex.text,
    url,
    scope,
    reason: ex.reason,
    meta: { ...meta, wordCount: ex.wordCount },
  });
}
