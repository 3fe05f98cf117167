// Photo credits, which a tagger trained on wire text reads badly: "Ashraf Shazly/Agence
// France-Presse", "Jeon Heon-Kyun/EPA, via Shutterstock". A photographer's name comes before
// the slash and is a person; what comes after it, or after "via", is an agency. Only lines
// shaped like a credit are read: short, with a name and a slash and nothing of a sentence.
// Also here: "the BBC, Mr Obama said", where the tagger ran a body into the person after it.
import { newSpan, spanWith, type Span } from './span';
import type { Token } from './tokenize';
import { ORG_FORMS } from './lexicon/organisations';
import { knownPlace } from './lexicon/cities';
import { ORG_HEAD, CREDIT_WORDS, LEGAL_FORM } from './name-facts';

const HONORIFIC = /^(Mr|Mrs|Ms|Miss|Dr|Prof)\.?$/;
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]*)*$|^\p{Lu}\.$/u;
// A credit line: an optional credit word, a name of two to four words, a slash, an agency.
const CREDIT_LINE = /^[ \t]*(?:(?:[Cc]redits?|CREDITS?|[Pp]hoto(?:graph)?s?|PHOTO|[Ii]mages?|[Pp]ictures?):?[ \t]*)?((?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,3}\p{Lu}[\p{L}'’.-]*)\/\p{Lu}/u;
const MAX_LINE = 120;

/**
 * Spans split where the tagger ran two names together over a comma: a body and the honorific
 * and person after it ("BBC, Mr Okafor"), or a body and an acronym ending the span ("Frost &
 * Sullivan, CTIA"; a legal form stays: "Acme, Inc.").
 */
export function splitRunTogether(text: string, tokens: Token[], spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    let k = s.tokenStart + 1;
    let person = false;
    for (; k < s.tokenEnd - 1; k++) {
      if (tokens[k].text !== ',') continue;
      const next = tokens[k + 1].text;
      if ((person = k < s.tokenEnd - 2 && HONORIFIC.test(next))) break;
      if (s.type === 'ORG' && k === s.tokenEnd - 2 && /^\p{Lu}{2,6}$/u.test(next) && !LEGAL_FORM.test(next)) break;
    }
    if (k >= s.tokenEnd - 1) {
      out.push(s);
      continue;
    }
    // The person's name starts after the honorific; the acronym is the token after the comma.
    const from = person ? k + 2 : k + 1;
    out.push(spanWith(s, { tokenEnd: k, end: tokens[k - 1].end, text: text.slice(s.start, tokens[k - 1].end) }));
    out.push(spanWith(s, { type: person ? 'PER' : s.type, tokenStart: from, start: tokens[from].start, text: text.slice(tokens[from].start, s.end) }));
  }
  return out;
}

/** The photographer of each credit line is a person, and "via <Agency>" an organisation. */
export function photoCredits(text: string, tokens: Token[], spans: Span[]): Span[] {
  if (text.indexOf('/') < 0) return spans;
  const byStart = new Map(spans.map((s) => [s.tokenStart, s]));
  const added: Span[] = [];
  let lineStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // A line break in the gap before this token starts a line (the gap is a space or two).
    if (i > 0) for (let c = tokens[i - 1].end; c < t.start; c++) if (text.charCodeAt(c) === 10) lineStart = i;
    if (t.text !== '/' || i === lineStart) continue;
    const lineFrom = tokens[lineStart].start;
    const lineEnd = text.indexOf('\n', t.start);
    if ((lineEnd < 0 ? text.length : lineEnd) - lineFrom > MAX_LINE) continue;
    const m = CREDIT_LINE.exec(text.slice(lineFrom, t.end + 2));
    if (!m || lineFrom + m[0].length - 2 !== t.start) continue;
    // The name's tokens: from the first after any credit word to the slash.
    let a = lineStart;
    while (a < i && (CREDIT_WORDS.has(tokens[a].text.toLowerCase()) || tokens[a].text === ':')) a++;
    const words = tokens.slice(a, i);
    const name = text.slice(tokens[a].start, tokens[i - 1].end);
    if (words.length < 2 || !words.every((w) => NAME_WORD.test(w.text)) || ORG_FORMS.has(name) || ORG_HEAD.test(name) || knownPlace(name)) continue;
    const s = byStart.get(a);
    if (s && s.tokenEnd === i) s.type = 'PER';
    else if (!spans.some((x) => x.tokenStart < i && x.tokenEnd > a)) added.push(newSpan('PER', a, i, tokens[a].start, tokens[i - 1].end, name));
    // "…/EPA, via Shutterstock": the agency the picture came through.
    for (let k = i + 1; k < tokens.length - 1 && tokens[k].start < (lineEnd < 0 ? text.length : lineEnd); k++) {
      if (tokens[k].text !== 'via') continue;
      const v = byStart.get(k + 1);
      if (v && v.type === 'PER' && v.tokenEnd - v.tokenStart === 1) v.type = 'ORG';
    }
  }
  return added.length ? [...spans, ...added].sort((x, y) => x.start - y.start) : spans;
}

const CREDIT_OPENER = /^(?:[Rr]eport|[Ee]dit|[Ww]rit|[Cc]ompil|[Pp]roduc)/;
const wordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** Whether some word opening like a credit's verb comes before " by " (/\b(?:Report|Edit|...)\w* by /):
 * found from the few " by " of a text, which is cheaper than trying the pattern at every letter. */
function hasCredit(text: string): boolean {
  for (let p = text.indexOf(' by '); p >= 0; p = text.indexOf(' by ', p + 1)) {
    let q = p;
    while (q > 0 && wordChar(text.charCodeAt(q - 1))) q--;
    if (CREDIT_OPENER.test(text.slice(q, p))) return true;
  }
  return false;
}

const CREDIT_VERBS = new Set(['reporting', 'reported', 'editing', 'edited', 'writing', 'written', 'compiled', 'produced']);

/**
 * "(Reporting by Will Dunham; Editing by Tom Brown)", "Additional reporting by A and B": the
 * names after a credit are the journalists, people, whatever the tagger made of them
 * ("Dunham" as a body).
 */
export function reportingCredits(text: string, tokens: Token[], spans: Span[]): Span[] {
  if (!hasCredit(text)) return spans;
  const names: [number, number][] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].text !== 'by' || !CREDIT_VERBS.has(tokens[i - 1].text.toLowerCase())) continue;
    let j = i + 1;
    for (;;) {
      let k = j;
      // "Reporting by Andrew Chung Editing by ...": the next credit ends the name.
      while (k < tokens.length && k - j < 4 && NAME_WORD.test(tokens[k].text) && !text.slice(tokens[k - 1].end, tokens[k].start).includes('\n') && !(tokens[k + 1]?.text === 'by' && CREDIT_VERBS.has(tokens[k].text.toLowerCase()))) k++;
      if (k - j < 2) break;
      // "compiled by Piper Jaffray Inc", "written by The Fader contributor ...": a body.
      const name = text.slice(tokens[j].start, tokens[k - 1].end);
      if (tokens[j].text === 'The' || LEGAL_FORM.test(tokens[k - 1].text) || ORG_HEAD.test(name) || ORG_FORMS.has(name)) break;
      names.push([j, k]);
      const sep = tokens[k]?.text;
      if (sep !== ',' && sep !== 'and' && sep !== '&') break;
      j = k + 1;
    }
  }
  if (!names.length) return spans;
  const out = spans.filter((s) => !names.some(([a, b]) => s.tokenStart < b && s.tokenEnd > a));
  for (const [a, b] of names) out.push(newSpan('PER', a, b, tokens[a].start, tokens[b - 1].end, text.slice(tokens[a].start, tokens[b - 1].end)));
  return out.sort((x, y) => x.start - y.start);
}
