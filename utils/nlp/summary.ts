// The summary: key points (extractive: the sentences that carry the story, in article order)
// and quotes with their speakers ("…," Wang said -> Wang Yi; "he said" -> the last person named).
import type { Person, Organisation, Quote, Summary } from '../analysis';
import type { Doc } from './doc';
import type { Range } from './scope';
import { rangeAt } from './scope';
import { spaceUnit } from './chars';

const SPEECH = /\b(said|says|told|added|stated|noted|urged|warned|insisted|argued|explained|wrote|asked|declared|stressed|according to)\b/i;
const QUOTED = /["“]([^"“”]{12,}?)["”]/g;

export interface Sent {
  start: number;
  end: number;
  /** Sliced from the article only for the sentences a test reads whole. */
  text: string | null;
}

const textOf = (text: string, s: Sent): string => (s.text ??= text.slice(s.start, s.end));

function sentencesOf(doc: Doc, scope: Range[], bodyStart: number): Sent[] {
  const out: Sent[] = [];
  for (const s of doc.sentences) {
    if (s.tokenEnd <= s.tokenStart) continue;
    const start = doc.tokens[s.tokenStart].start;
    const end = doc.tokens[s.tokenEnd - 1].end;
    const r = rangeAt(scope, start, end);
    // Photo captions describe pictures, not the story.
    if (start < bodyStart || !r || r.kind === 'caption') continue;
    out.push({ start, end, text: null });
  }
  return out;
}

type Named = { name: string; mentions: { start: number; end: number }[] };

function mentionIndex(entities: Named[]) {
  const all: { start: number; end: number; who: Named }[] = [];
  for (const e of entities) for (const m of e.mentions) all.push({ start: m.start, end: m.end, who: e });
  return all.sort((a, b) => a.start - b.start);
}

export function summarise(doc: Doc, scope: Range[], bodyStart: number, people: Person[], orgs: Organisation[], headline: string): Summary {
  const sents = sentencesOf(doc, scope, bodyStart);
  const personMentions = mentionIndex(people);
  const entityMentions = mentionIndex([...people, ...orgs]);
  return { keyPoints: keyPoints(doc.text, sents, entityMentions, people, headline), quotes: quotes(doc.text, sents, personMentions, orgs) };
}

function keyPoints(text: string, sents: Sent[], mentions: ReturnType<typeof mentionIndex>, people: Person[], headline: string): string[] {
  let words = 0;
  const prose: Sent[] = [];
  for (const s of sents) {
    const n = pieces(text, s.start, s.end);
    if (n < 8 || n > 60 || !ENDS.has(text.charCodeAt(s.end - 1))) continue;
    words += n;
    prose.push(s);
  }
  if (!prose.length) return [];
  const want = words < 250 ? 2 : words < 700 ? 3 : words < 1500 ? 4 : 5;
  const officials = new Set(people.filter((p) => p.official).map((p) => p.name));
  const overlaps = headlineOverlap(text, prose, [...new Set(headline.toLowerCase().match(/\p{L}{4,}/gu) ?? [])]);
  let mi = 0;
  const scored: { s: Sent; score: number }[] = [];
  for (let i = 0; i < prose.length; i++) {
    const s = prose[i];
    let entities = 0;
    let official = 0;
    while (mi < mentions.length && mentions[mi].start < s.start) mi++;
    for (let j = mi; j < mentions.length && mentions[j].start < s.end; j++) {
      entities++;
      if (officials.has(mentions[j].who.name)) official++;
    }
    const overlap = overlaps[i];
    // The lede carries the story in news writing; entities and the headline's words mark the rest.
    const score = (i === 0 ? 3 : i === 1 ? 2 : 0) + 2 / (1 + i * 0.3) + Math.min(entities, 4) * 0.5 + official * 0.5 + Math.min(overlap, 4) * 0.4 - (text[s.start] === '"' || text[s.start] === '“' ? 1 : 0);
    scored.push({ s, score });
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, want)
    .sort((a, b) => a.s.start - b.s.start)
    .map((x) => textOf(text, x.s));
}

function quotes(text: string, sents: Sent[], personMentions: ReturnType<typeof mentionIndex>, orgs: Organisation[]): Quote[] {
  const straight = nextOf(text, '"');
  const curly = nextOf(text, '“');
  const out: Quote[] = [];
  let lastPerson: Named | null = null;
  let pi = 0;
  for (const s of sents) {
    const inSentence: { at: number; end: number; who: Named }[] = [];
    while (pi < personMentions.length && personMentions[pi].start < s.end) {
      const pm = personMentions[pi];
      if (pm.start >= s.start) inSentence.push({ at: pm.start - s.start, end: pm.end - s.start, who: pm.who });
      else lastPerson = personMentions[pi].who;
      pi++;
    }
    QUOTED.lastIndex = 0;
    // Most sentences quote no one: two character searches settle that before the pattern runs.
    const quoted = inside(straight(s.start), s) || inside(curly(s.start), s);
    const found = quoted ? [...textOf(text, s).matchAll(QUOTED)].filter((m) => pieces(m[1], 0, m[1].length) >= 4) : [];
    if (found.length) {
      // Blank out the quoted words so that a verb inside a quote is not taken for attribution.
      const outside = textOf(text, s).replace(QUOTED, (q) => ' '.repeat(q.length));
      const verb = SPEECH.exec(outside);
      if (verb) {
        const speaker = speakerAt(textOf(text, s), s, verb.index, verb[0].length, outside, inSentence, lastPerson, orgs);
        if (speaker) for (const m of found) out.push({ speaker, text: m[1].trim().replace(/[,.]$/, '') });
      }
    }
    if (inSentence.length) lastPerson = inSentence[inSentence.length - 1].who;
  }
  return out.slice(0, 12);
}

/** Who a speech verb belongs to: the name just before it ("Wang said"), just after it ("said
 * Wang"), a pronoun subject (the last person named), else an organisation in the sentence. */
function speakerAt(
  sentence: string,
  s: Sent,
  verbAt: number,
  verbLen: number,
  outside: string,
  inSentence: { at: number; end: number; who: Named }[],
  lastPerson: Named | null,
  orgs: Organisation[],
): string | null {
  const upToVerb = sentence.slice(0, verbAt);
  // The subject just before the verb, or, when an appositive closes right before it
  // ("Yang Bojiang, director-general of ..., said"), the person the sentence is about.
  const before =
    inSentence.filter((m) => m.end <= verbAt && verbAt - m.end <= 40).at(-1) ??
    (/,\s*$/.test(upToVerb) ? inSentence.filter((m) => m.end <= verbAt).at(-1) : undefined);
  // "…," said Wang: only verbs of saying invert; in "Xi told Trump" the listener follows.
  // Inversion follows the quote itself: '…," said Finance Minister Olga Petrova'.
  const inverts = /^(said|says|added|wrote|declared|stated|insisted|explained|noted)$/i.test(sentence.slice(verbAt, verbAt + verbLen)) && /[,"”]\s*$/.test(upToVerb);
  const after = inverts ? inSentence.find((m) => m.at >= verbAt + verbLen && m.at - (verbAt + verbLen) <= 40) : undefined;
  if (after) return after.who.name;
  // "he said", "she also told": a pronoun right before the verb is the last person named.
  const pronoun = /(?:^|[^\p{L}])(he|she)(\s+\p{L}+ly)?\s*$/iu.test(outside.slice(0, verbAt));
  if (pronoun && lastPerson && !before) return lastPerson.name;
  if (before) return before.who.name;
  // The organisation named nearest before the verb ("the Foreign Ministry statement said").
  let best: { name: string; end: number } | null = null;
  for (const o of orgs) for (const m of o.mentions) if (m.start >= s.start && m.end <= s.start + verbAt && (!best || m.end > best.end)) best = { name: o.name, end: m.end };
  return best?.name ?? null;
}

/** Where `mark` next occurs at or after `from`, for `from` that only grows: the text is
 * searched once in all, however many sentences ask. */
function nextOf(text: string, mark: string): (from: number) => number {
  let at = -2;
  return (from) => {
    if (at !== -1 && at < from) at = text.indexOf(mark, from);
    return at;
  };
}

const inside = (at: number, s: Sent) => at >= 0 && at < s.end;

/**
 * For each sentence, how many of the headline's words (up to four: more score no higher) it
 * contains, in lower case. The text is lowered once and each word found once in it, unless
 * lowering is not letter for letter (a capital sigma depends on what follows it; "İ" grows).
 */
export function headlineOverlap(text: string, sents: Sent[], words: string[]): number[] {
  const lower = text.toLowerCase();
  if (lower.length !== text.length || text.includes('Σ')) {
    return sents.map((s) => {
      const l = textOf(text, s).toLowerCase();
      let n = 0;
      for (const w of words) if (l.includes(w) && ++n === 4) break;
      return n;
    });
  }
  const next = words.map((w) => nextOf(lower, w));
  return sents.map((s) => {
    let n = 0;
    for (let k = 0; k < words.length; k++) {
      // The first place at or after the sentence's start; if it runs past the sentence's end,
      // no later one is inside it either.
      const at = next[k](s.start);
      if (at >= 0 && at + words[k].length <= s.end && ++n === 4) break;
    }
    return n;
  });
}

/** Code units a key point may end with: . ! ? " ” */
const ENDS = new Set([46, 33, 63, 34, 0x201d]);

/** How many pieces `text.slice(start, end).split(/\s+/)` would give, without building them. */
function pieces(text: string, start: number, end: number): number {
  let n = 1;
  let space = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const isSpace = c === 32 || (c >= 9 && c <= 13) || (c > 127 && spaceUnit(c));
    if (isSpace && !space) n++;
    space = isSpace;
  }
  return n;
}
