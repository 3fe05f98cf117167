// Tokens and sentences for news text, with UTF-16 offsets into the original string. One pass
// with a sticky regular expression: words (hyphens, inner apostrophes and periods of
// abbreviations kept), possessive "'s" split off, numbers, and single punctuation marks.

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
}

// Order matters: abbreviations with inner periods ("U.S.", "H.W."), then words with inner
// apostrophes or hyphens or soft hyphens, a possessive, numbers, other symbols.
const TOKEN =
  /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}\u00ad]*(?:(?:['’](?!s\b)|[-‐.&](?=\p{L}))[\p{L}\p{M}\p{N}\u00ad]+)*|['’]s\b|\p{N}+(?:[.,:/]\p{N}+)*%?|[^\s\p{L}\p{N}]/uy;

/** Words that end with a period which does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sen rep gov gen col lt maj capt sgt adm st jr sr inc corp co ltd no vs etc jan feb mar apr jun jul aug sep sept oct nov dec mt ft rev fr hon amb pres sec dept univ est approx'.split(' '),
);

const SENTENCE_FINAL_ABBREVIATIONS = new Set(['u.s.', 'u.k.', 'u.n.', 'e.u.', 'd.c.', 'a.m.', 'p.m.']);
const SENTENCE_END = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', '”', "'", '’', ')', ']']);

export function tokenize(text: string): { tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentStart = 0;
  let endPending = false;
  const close = (at: number) => {
    if (tokens.length > sentStart) {
      sentences.push({ start: tokens[sentStart].start, end: tokens[at - 1].end, tokenStart: sentStart, tokenEnd: at });
    }
    sentStart = at;
    endPending = false;
  };
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Whitespace; a line break ends a sentence when a blank line follows or the text is
    // line-per-sentence (headlines, bylines and captions have no final period).
    if (c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x200b) {
      i++;
      continue;
    }
    if (c === 10) {
      close(tokens.length);
      i++;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    const t = m ? m[0] : text[i];
    const start = i;
    i += t.length || 1;
    if (endPending) {
      // A sentence ends after . ! ? (and closing quotes) when the next word is capitalised,
      // a quote, or a number.
      if (CLOSERS.has(t)) {
        tokens.push({ text: t, start, end: i });
        continue;
      }
      if (/^[\p{Lu}\p{N}"“‘(]/u.test(t)) close(tokens.length);
      else endPending = false;
    }
    // "Mr." "U.S." "Jan." keep their period; a trailing period of another word is its own token.
    if (t.length > 1 && t.endsWith('.') && !/^(?:\p{L}\.){2,}$/u.test(t)) {
      tokens.push({ text: t.slice(0, -1), start, end: i - 1 });
      tokens.push({ text: '.', start: i - 1, end: i });
      endPending = true;
      continue;
    }
    tokens.push({ text: t, start, end: i });
    if (SENTENCE_END.has(t)) {
      const prev = tokens[tokens.length - 2];
      const abbrev = t === '.' && prev && prev.end === start && (ABBREVIATIONS.has(prev.text.toLowerCase()) || /^\p{Lu}$/u.test(prev.text));
      if (!abbrev) endPending = true;
    } else if (SENTENCE_FINAL_ABBREVIATIONS.has(t.toLowerCase())) {
      // "U.S." may end a sentence, initials ("H.W.") do not; decided by the next token as above.
      endPending = true;
    }
  }
  close(tokens.length);
  return { tokens, sentences };
}
