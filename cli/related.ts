// `dossier related`: every analysed file in a temporary, empty library, and for each what the
// popup would list (same engine, same thresholds).
import type { ArticleAnalysis } from '../utils/analysis';
import { RelatedIndex, toRecord } from '../utils/library';

export interface RelatedLine {
  file: string;
  related: { file: string; title: string; score: number; shared: string[] }[];
}

export function runRelated(analyses: (ArticleAnalysis & { file?: string })[]): RelatedLine[] {
  const index = new RelatedIndex();
  const fileOf = new Map<string, string>();
  const records = analyses.map((a, i) => {
    const r = toRecord(a, i);
    // Files are distinct articles even when they carry no address of their own.
    r.id = `${r.id}#${i}`;
    fileOf.set(r.id, a.file ?? String(i));
    index.add(r);
    return r;
  });
  return records.map((r) => ({
    file: fileOf.get(r.id)!,
    related: index.query(r).map((h) => ({ file: fileOf.get(h.id)!, title: index.records.get(h.id)!.title, score: h.score, shared: h.shared.map((s) => s.key) })),
  }));
}
