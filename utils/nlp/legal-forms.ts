// A company's legal form ("Co", "Corp", "Inc", "Ltd") closes its name, and the name runs back
// to the first word that cannot open it. The tagger, meeting a name it never saw, often cuts it
// at a word it knows as something else: "Sierra" (a place), "California" (a place), the first
// word of a line. The form says where the name ends; these rules say where it starts.
import { newSpan, spanWith, type Span } from './span';
import type { Token } from './tokenize';
import { DEMONYMS } from './lexicon/places';
import { knownPlace } from './lexicon/cities';
import { GIVEN_NAMES } from './lexicon/given-names';
import { LEGAL_FORM, COMMON, FUNCTION_WORDS, MONTHS, inLowerCase } from './name-facts';
import { ownedWithin } from './org-names';

/** Words that open names of places and firms and are also ordinary words ("southern
 * California"), so that the text's own lower-case use of them says nothing. */
const NAME_OPENERS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Pacific', 'Atlantic', 'United', 'National', 'General', 'American', 'International', 'First']);

// Capitalised, and so is each part after a hyphen ("PMC-Sierra", not "Ontario-based").
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.]*(?:-\p{Lu}[\p{L}'’.]*)*|\p{Lu}+&\p{Lu}+)$/u;

/**
 * A capitalised word the tagger left out that can open a firm's name: letters anywhere, a word
 * at the start of a line or a sentence, where the tagger's cue of capitals fails it (inside a sentence a word it left
 * out is a label, "Company Name", "Lead Underwriter").
 */
function opener(text: string, tokens: Token[], i: number): boolean {
  // Letters ("OM Gruppen AB", "K&T Block Inc") are a name's wherever they stand.
  if (/^\p{Lu}{2,5}$|&/u.test(tokens[i].text)) return NAME_WORD.test(tokens[i].text);
  if (i > 0 && !text.slice(tokens[i - 1].end, tokens[i].start).includes('\n') && /[\p{L}\p{N}]/u.test(tokens[i - 1].text)) return false;
  return nameOnly(text, tokens[i].text);
}

/** A capitalised word that is no ordinary word, month or demonym. */
function nameOnly(text: string, w: string): boolean {
  if (!NAME_WORD.test(w)) return false;
  const lw = w.toLowerCase();
  if (FUNCTION_WORDS.has(lw) || COMMON.has(lw) || MONTHS.has(lw) || DEMONYMS.has(lw)) return false;
  return NAME_OPENERS.has(w) || !inLowerCase(text, w);
}

/** A name of two words or more whose last is a legal form. */
const endsInForm = (tokens: Token[], s: Span) => s.tokenEnd - s.tokenStart >= 2 && LEGAL_FORM.test(tokens[s.tokenEnd - 1].text);

/**
 * "Southland Life" + "Insurance Co", "Sierra" + "Semiconductor Corp": a name or a capitalised
 * word right before a name that ends in a legal form (one space between) is the name's start.
 */
export function joinLegalForms(text: string, tokens: Token[], spans: Span[]): Span[] {
  const out: Span[] = [];
  const spaced = (i: number) => i > 0 && text.slice(tokens[i - 1].end, tokens[i].start) === ' ';
  for (const s0 of spans) {
    // "Cofinec S.A." tagged as a person: a name ending in a legal form is a firm's.
    const formed = endsInForm(tokens, s0);
    if (formed && s0.type !== 'ORG' && /^\p{Lu}/u.test(s0.text)) s0.type = 'ORG';
    const alone = s0.type === 'ORG' && s0.tokenEnd - s0.tokenStart === 1 && LEGAL_FORM.test(s0.text);
    if (!(formed && s0.type === 'ORG') && !alone) {
      out.push(s0);
      continue;
    }
    const s = spanWith(s0);
    const prev = out[out.length - 1];
    if (prev && prev.tokenEnd === s.tokenStart && spaced(s.tokenStart) && tokens.slice(prev.tokenStart, prev.tokenEnd).every((t) => NAME_WORD.test(t.text))) {
      out.pop();
      s.tokenStart = prev.tokenStart;
    }
    if (alone && s.tokenStart === s0.tokenStart) {
      out.push(s0);
      continue;
    }
    const last = out[out.length - 1];
    if (spaced(s.tokenStart) && !(last && last.tokenEnd >= s.tokenStart) && opener(text, tokens, s.tokenStart - 1)) s.tokenStart--;
    s.start = tokens[s.tokenStart].start;
    s.text = text.slice(s.start, s.end);
    out.push(s);
  }
  return out;
}

const PLACE_BEFORE = new Set(['in', 'at', 'near', 'from', 'to', 'outside', 'around']);

/** Words that say a firm is a group of firms: "OM Gruppen AB" is also "OM". */
const GROUP_WORD = /^(Group|Gruppen|Groupe|Gruppe|Grupo|Holdings?|Holding)$/;

/**
 * "Lenzing AG" ... "Lenzing said": a firm named once with its legal form is named by the rest
 * of its name elsewhere in the article, and so, when the first word could be nothing else, by
 * that word ("Sierra Semiconductor Corp" ... "Sierra's stock"). Those names, untagged or taken
 * for a person or a place, are the firm. (A short form that a person of the article also bears
 * as a surname goes back to the person in `vote`, which counts a full name's surname above it.)
 */
export function firmShortForms(text: string, tokens: Token[], spans: Span[]): Span[] {
  const forms = new Set<string>();
  // First words alone, which may also be the town the firm is named after ("Wuxi ... Co").
  const firsts = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'ORG' || !endsInForm(tokens, s)) continue;
    const words = tokens.slice(s.tokenStart, s.tokenEnd - 1).map((t) => t.text);
    if (words.length > 1 && GROUP_WORD.test(words[words.length - 1])) forms.add(words.slice(0, -1).join(' '));
    forms.add(words.join(' '));
    const first = words[0];
    if (words.length > 1 && /^\p{Lu}[\p{L}&-]+$/u.test(first) && first.length > 2 && !GIVEN_NAMES.has(first.toLowerCase()) && !knownPlace(first) && nameOnly(text, first)) firsts.add(first);
  }
  // A first word that is also a whole short form is that form, not a town's name.
  for (const f of firsts) {
    if (forms.has(f)) firsts.delete(f);
    else forms.add(f);
  }
  if (!forms.size) return spans;
  const owner = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, k) => owner.fill(k, s.tokenStart, s.tokenEnd));
  const added: Span[] = [];
  const gone = new Set<number>();
  const longest = Math.max(...[...forms].map((f) => f.split(' ').length));
  for (let i = 0; i < tokens.length; i++) {
    if (!NAME_WORD.test(tokens[i].text)) continue;
    for (let n = Math.min(longest, tokens.length - i); n >= 1; n--) {
      const j = i + n;
      const name = text.slice(tokens[i].start, tokens[j - 1].end);
      if (!forms.has(name) || (j < tokens.length && NAME_WORD.test(tokens[j].text) && text.slice(tokens[j - 1].end, tokens[j].start) === ' ')) continue;
      // "in Wuxi", "Aurora, Illinois": the town.
      if (firsts.has(name) && ((i > 0 && PLACE_BEFORE.has(tokens[i - 1].text.toLowerCase())) || (tokens[j]?.text === ',' && knownPlace(tokens[j + 1]?.text ?? '')))) break;
      const o = owner[i];
      const s = o >= 0 ? spans[o] : null;
      if (s && s.tokenStart === i && s.tokenEnd === j) {
        if (s.type !== 'ORG' && !s.fixed) s.type = 'ORG';
      } else if (ownedWithin(owner, i, j, spans)) {
        // Pieces of the name tagged apart ("OM" + "Gruppen") give way to the whole.
        for (let t = i; t < j; t++) if (owner[t] >= 0) gone.add(owner[t]);
        added.push(newSpan('ORG', i, j, tokens[i].start, tokens[j - 1].end, name));
      } else break;
      i = j - 1;
      break;
    }
  }
  return added.length ? [...spans.filter((_, k) => !gone.has(k)), ...added].sort((a, b) => a.start - b.start) : spans;
}
