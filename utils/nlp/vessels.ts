// Ships are named like bodies and people ("the Polaris", "the Enterprise"), and the tagger
// reads them so. A name the article presents as a vessel, right after the kind of vessel
// ("the schooner Polaris", "the aircraft carrier Enterprise") or in an appositive ("the
// Polaris, one of four century-old wooden schooners"), is neither, wherever it stands.
import type { Span } from './tagger';

const KIND_WORDS = new Set('ship vessel boat schooner tanker freighter trawler ferry yacht warship carrier submarine destroyer frigate cruiser barge tugboat sailboat steamer icebreaker seiner longliner gillnetter'.split(' '));
// A carrier is a ship only as an aircraft carrier (an airline or a telephone company otherwise).
const KIND = `(?:${[...KIND_WORDS].map((w) => (w === 'carrier' ? 'aircraft carrier' : w)).join('|')})s?`;
const BEFORE = new RegExp(String.raw`\b(?:the|a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+)?${KIND}\s+$`, 'iu');
// The kind must be the appositive's noun ("a ship captain" is a person, "a boat maker" a firm).
const AFTER = new RegExp(String.raw`^,\s+(?:one of [^,.;]{0,60}?|an?\s+[^,.;]{0,40}?)\b${KIND}\b(?!\s+(?:captains?|owners?|operators?|company|companies|makers?|builders?|crews?|lines?|engineers?|designers?|brokers?|industry|firms?|yards?))`, 'iu');

/** The word right before `at` (after one space), lower-cased, without a plural "s". */
function wordBefore(text: string, at: number): string {
  if (text.charCodeAt(at - 1) !== 32) return '';
  let a = at - 1;
  while (a > 0 && /\p{L}/u.test(text[a - 1])) a--;
  return text.slice(a, at - 1).toLowerCase().replace(/s$/, '');
}

export function dropVessels(text: string, spans: Span[]): Span[] {
  let vessels: Set<string> | null = null;
  for (const s of spans) {
    if (s.type !== 'ORG' && s.type !== 'PER' && s.type !== 'MISC') continue;
    // Cheap tests first (a kind word just before, a comma just after): this runs on every span.
    const before = KIND_WORDS.has(wordBefore(text, s.start)) && BEFORE.test(text.slice(Math.max(0, s.start - 40), s.start));
    const after = !before && text.charCodeAt(s.end) === 44 && AFTER.test(text.slice(s.end, s.end + 80));
    if (before || after) (vessels ??= new Set()).add(s.text);
  }
  if (!vessels) return spans;
  const named = vessels;
  return spans.filter((s) => !((s.type === 'ORG' || s.type === 'PER') && named.has(s.text)));
}
