// Ships are named like bodies and people ("the Polaris", "the Enterprise"), and the tagger
// reads them so. A name the article presents as a vessel, right after the kind of vessel
// ("the schooner Polaris", "the aircraft carrier Enterprise") or in an appositive ("the
// Polaris, one of four century-old wooden schooners"), is neither, wherever it stands.
import type { Span } from './tagger';

const KIND = String.raw`(?:ship|vessel|boat|schooner|tanker|freighter|trawler|ferry|yacht|warship|aircraft carrier|submarine|destroyer|frigate|cruiser|barge|tugboat|sailboat|steamer|icebreaker|seiner|longliner|gillnetter)s?`;
const BEFORE = new RegExp(String.raw`\b(?:the|a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+)?${KIND}\s+$`, 'iu');
// The kind must be the appositive's noun ("a ship captain" is a person, "a boat maker" a firm).
const AFTER = new RegExp(String.raw`^,\s+(?:one of [^,.;]{0,60}?|an?\s+[^,.;]{0,40}?)\b${KIND}\b(?!\s+(?:captains?|owners?|operators?|company|companies|makers?|builders?|crews?|lines?|engineers?|designers?|brokers?|industry|firms?|yards?))`, 'iu');

export function dropVessels(text: string, spans: Span[]): Span[] {
  let vessels: Set<string> | null = null;
  for (const s of spans) {
    if (s.type !== 'ORG' && s.type !== 'PER' && s.type !== 'MISC') continue;
    const before = text.slice(Math.max(0, s.start - 40), s.start);
    const after = text.slice(s.end, s.end + 80);
    if (BEFORE.test(before) || AFTER.test(after)) (vessels ??= new Set()).add(s.text);
  }
  if (!vessels) return spans;
  const named = vessels;
  return spans.filter((s) => !((s.type === 'ORG' || s.type === 'PER') && named.has(s.text)));
}
