// A company's legal form ("Co", "Corp", "Inc", "Ltd") closes its name, and the name runs back
// to the first word that cannot open it. The tagger, meeting a name it never saw, often cuts it
// at a word it knows as something else: "Sierra" (a place), "California" (a place), the first
// word of a line. The form says where the name ends; these rules say where it starts.
import type { Span } from './tagger';
import type { Token } from './tokenize';
import { DEMONYMS } from './lexicon/places';
import { LEGAL_FORM, COMMON, FUNCTION_WORDS, MONTHS, inLowerCase } from './name-facts';

/** Words that open names of places and firms and are also ordinary words ("southern
 * California"), so that the text's own lower-case use of them says nothing. */
const NAME_OPENERS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Pacific', 'Atlantic', 'United', 'National', 'General', 'American', 'International', 'First']);

// Capitalised, and so is each part after a hyphen ("PMC-Sierra", not "Ontario-based").
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.]*(?:-\p{Lu}[\p{L}'’.]*)*|\p{Lu}+&\p{Lu}+)$/u;

/**
 * A capitalised word the tagger left out that can open a firm's name: at the start of a line
 * or a sentence, where the tagger's cue of capitals fails it (inside a sentence a word it left
 * out is a label, "Company Name", "Lead Underwriter").
 */
function opener(text: string, tokens: Token[], i: number): boolean {
  const w = tokens[i].text;
  if (!NAME_WORD.test(w)) return false;
  if (i > 0 && !text.slice(tokens[i - 1].end, tokens[i].start).includes('\n') && /[\p{L}\p{N}]/u.test(tokens[i - 1].text)) return false;
  const lw = w.toLowerCase();
  if (FUNCTION_WORDS.has(lw) || COMMON.has(lw) || MONTHS.has(lw) || DEMONYMS.has(lw)) return false;
  return NAME_OPENERS.has(w) || !inLowerCase(text, w);
}

const endsInForm = (tokens: Token[], s: Span) => s.type === 'ORG' && s.tokenEnd - s.tokenStart >= 2 && LEGAL_FORM.test(tokens[s.tokenEnd - 1].text);

/**
 * "Southland Life" + "Insurance Co", "Sierra" + "Semiconductor Corp": a name or a capitalised
 * word right before a name that ends in a legal form (one space between) is the name's start.
 */
export function joinLegalForms(text: string, tokens: Token[], spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s0 of spans) {
    if (!endsInForm(tokens, s0)) {
      out.push(s0);
      continue;
    }
    const s = { ...s0 };
    const prev = out[out.length - 1];
    const spaced = (i: number) => i > 0 && text.slice(tokens[i - 1].end, tokens[i].start) === ' ';
    if (prev && prev.tokenEnd === s.tokenStart && spaced(s.tokenStart) && tokens.slice(prev.tokenStart, prev.tokenEnd).every((t) => NAME_WORD.test(t.text))) {
      out.pop();
      s.tokenStart = prev.tokenStart;
    }
    if (spaced(s.tokenStart) && !(prev && prev.tokenEnd >= s.tokenStart) && opener(text, tokens, s.tokenStart - 1)) s.tokenStart--;
    s.start = tokens[s.tokenStart].start;
    s.text = text.slice(s.start, s.end);
    out.push(s);
  }
  return out;
}
