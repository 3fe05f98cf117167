// One file through the same pipeline as the extension: HTML pages are parsed with linkedom and
// go through detection and extraction; plain text is always an article.
import { parseHTML } from 'linkedom';
import type { Analysis } from '../utils/analysis';
import { analyzeText } from '../utils/analyze';
import { analyzeDocument } from '../utils/analyze-page';
import { readInput } from './read';

export function analyzeFile(file: string, url?: string | null): Analysis {
  const input = readInput(file);
  let a: Analysis;
  if (input.kind === 'text') {
    a = analyzeText({ text: input.content, url: url ?? null, reason: 'plain text file' });
  } else {
    const { document } = parseHTML(input.content);
    a = analyzeDocument(document as unknown as Document, url ?? null);
  }
  return { file, ...a };
}
