// The human-readable report of `dossier analyze` without --json.
import type { Analysis } from '../utils/analysis';

export function report(a: Analysis): string {
  const lines: string[] = [];
  if (a.file) lines.push(`== ${a.file}`);
  if (!a.isArticle) {
    lines.push(`Not an article: ${a.reason}`);
    return lines.join('\n');
  }
  const m = a.article;
  lines.push(m.title, [m.publisher, m.published, m.byline.length ? 'by ' + m.byline.join(', ') : null, `${m.wordCount} words`].filter(Boolean).join(' · '));
  lines.push(`(${a.reason})`, '');
  const officials = a.people.filter((p) => p.official);
  const others = a.people.filter((p) => !p.official);
  const who = (p: (typeof a.people)[number]) =>
    `  ${[p.role, p.name].filter(Boolean).join(' ')}${p.affiliation ? ', ' + p.affiliation : ''} (${p.mentions.length}×)`;
  if (officials.length) lines.push('Officials:', ...officials.map(who));
  if (others.length) lines.push('People:', ...others.map(who));
  if (a.organisations.length) lines.push('Organisations:', ...a.organisations.map((o) => `  ${o.name} (${o.mentions.length}×)`));
  if (a.summary.keyPoints.length) lines.push('', 'Key points:', ...a.summary.keyPoints.map((k) => `  - ${k}`));
  if (a.summary.quotes.length) lines.push('', 'Quotes:', ...a.summary.quotes.map((q) => `  "${q.text}" (${q.speaker})`));
  return lines.join('\n');
}
