// Recall of named people and organisations on ECB+ (982 real news articles outside the gold
// set), through `dossier analyze`. ECB+ annotates every participant mention, pronouns and
// descriptions too ("the actress", "Police"); only the proper names are counted here: mentions
// of one to four capitalised words, in the sentences the corpus marks as checked, that are not
// a pronoun or a generic plural. Organisations are not exhaustively annotated outside events,
// so this measures recall only; a found mention is one of the right type that overlaps the
// gold one.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const PROPER = /^\p{Lu}[\p{L}'.\-]*( \p{Lu}[\p{L}'.\-]*){0,3}$/u;
// Words ECB+ marks as participants that no recognizer should call a name.
const GENERIC = /^(he|she|they|his|her|i|we|it|the|a|you|mr|mrs|ms|dr|police|officials?|authorities|witnesses|prosecutors|voters|doctors|soldiers|employees|thieves|robbers|man|woman|men|women|people|lawyer|attorney|host|coach|star|actress|president|three|two|ten|dozens)$/i;

export function ecbNames({ shared, tmp, analyzeMany }) {
  const dir = join(shared, 'data/ecbplus');
  if (!existsSync(join(dir, 'mentions.jsonl'))) return 'ECB+ not found: skipped.';
  const docs = readFileSync(join(dir, 'documents.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const gold = new Map();
  for (const line of readFileSync(join(dir, 'mentions.jsonl'), 'utf8').split('\n')) {
    if (!line) continue;
    const m = JSON.parse(line);
    const type = m.type === 'HUMAN_PART_PER' ? 'PER' : m.type === 'HUMAN_PART_ORG' ? 'ORG' : null;
    if (!type || !m.coref_selected_sentence || !m.contiguous || m.text.length < 3 || !PROPER.test(m.text) || GENERIC.test(m.text)) continue;
    if (!gold.has(m.doc_id)) gold.set(m.doc_id, []);
    gold.get(m.doc_id).push({ type, start: m.start, end: m.end, text: m.text });
  }
  const files = docs.map((d) => {
    const f = join(tmp, `ecb-${d.doc_id}.txt`);
    writeFileSync(f, d.text);
    return f;
  });
  const { lines } = analyzeMany(files);
  const count = { PER: [0, 0, 0], ORG: [0, 0, 0] };
  docs.forEach((d, i) => {
    const a = lines[i] ?? {};
    const found = [];
    for (const p of a.people ?? []) for (const m of p.mentions) found.push(['PER', m.start, m.end]);
    for (const o of a.organisations ?? []) for (const m of o.mentions) found.push(['ORG', m.start, m.end]);
    for (const g of gold.get(d.doc_id) ?? []) {
      const hits = found.filter(([, s, e]) => s < g.end && e > g.start);
      const c = count[g.type];
      c[0]++;
      if (hits.some(([t]) => t === g.type)) c[1]++;
      else if (hits.length) c[2]++;
    }
  });
  const line = (t) => `${t} recall ${(count[t][1] / count[t][0]).toFixed(3)} (${count[t][1]} of ${count[t][0]}; ${count[t][2]} found with the other type)`;
  return `${docs.length} articles; proper-name mentions in checked sentences\n${line('PER')}\n${line('ORG')}`;
}
