// A name followed by a state's or province's abbreviation is a place: "Eau Claire, Wisc.",
// "North Battleford , Sask .", "Havre MT 4.54" in a table of local prices. The tagger, which
// knows neither the town nor the abbreviation, often calls such a town a body or a person.
import type { Span } from './tagger';
import type { Token } from './tokenize';
import { US_STATES } from './lexicon/cities';

// Abbreviations in the news agencies' style, written with a full stop.
const DOTTED = new Set('Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nebr Nev Okla Ore Pa Tenn Tex Vt Va Wash Wis Wisc Wyo Alta Man Ont Que Sask Nfld N.H N.J N.M N.Y N.C N.D R.I S.C S.D W.Va B.C N.S N.B P.E.I'.split(' '));
// Postal codes, written in capitals without a stop, right after the town in a table.
const POSTAL = new Set('AL AK AZ AR CA CO CT DE FL GA IA ID IL KS KY LA MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(' '));
const PROVINCES = new Set(['Alberta', 'Manitoba', 'Ontario', 'Quebec', 'Saskatchewan', 'Nova Scotia', 'New Brunswick', 'Newfoundland', 'British Columbia']);

/** Whether a state or province starts at token i: a dotted abbreviation ("Wisc." or "Wisc"
 * "."), or its name in one word or two ("Manitoba", "Nova Scotia"). */
function stateAt(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]?.text ?? '';
  if ((t.endsWith('.') && DOTTED.has(t.slice(0, -1))) || (DOTTED.has(t) && tokens[i + 1]?.text === '.')) return true;
  if (PROVINCES.has(t) || US_STATES.has(t)) return true;
  const two = tokens[i + 1] ? text.slice(tokens[i].start, tokens[i + 1].end) : '';
  return PROVINCES.has(two) || US_STATES.has(two);
}

export function stateCodes(text: string, tokens: Token[], spans: Span[]): Span[] {
  for (const s of spans) {
    if (s.type === 'LOC' || s.fixed) continue;
    const n = s.tokenEnd - s.tokenStart;
    // "Havre MT 4.54": the code inside the span, a figure or the line's end after it.
    const last = tokens[s.tokenEnd - 1].text;
    if (n >= 2 && POSTAL.has(last) && /^\p{Lu}\p{Ll}/u.test(tokens[s.tokenStart].text) && /^[ \t]*(\d|\.\d|\n|$)/.test(text.slice(s.end, s.end + 3))) {
      s.tokenEnd--;
      s.end = tokens[s.tokenEnd - 1].end;
      s.text = text.slice(s.start, s.end);
      s.type = 'LOC';
      continue;
    }
    // "Sprague , Manitoba", "Eau Claire , Wisc .": the town, a comma, then the state.
    if (tokens[s.tokenEnd]?.text !== ',' || text.slice(s.end, tokens[s.tokenEnd].start).includes('\n')) continue;
    if ((s.type === 'PER' && n >= 2) || !stateAt(text, tokens, s.tokenEnd + 1)) continue;
    s.type = 'LOC';
  }
  return spans;
}
