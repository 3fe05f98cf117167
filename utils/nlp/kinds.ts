// What kind of name a span is, from how names of each kind are built: products, coined terms,
// laws and agreements, events, works and founding texts are not people or bodies; a family
// name first makes a person (a person inside a body's span is title-in-body.ts). One span at a
// time, in the order postprocess.ts applies them.
import type { Span } from './tagger';
import type { Token } from './tokenize';
import { countryOf } from './lexicon/places';
import { ORG_FORMS } from './lexicon/organisations';
import { GIVEN_NAMES, EAST_ASIAN_SURNAMES } from './lexicon/given-names';
import { FIRST_NAMES } from './lexicon/first-names';
import { PLACE_NAMES, PLACE_LOWER } from './lexicon/cities';
import { PUBLIC_HEAD, PRIVATE_HEAD, headKind } from './lexicon/titles';
import { BODY_HEAD } from './name-context';
import { retypeByNameShape } from './name-shapes';
import { personInsideBody } from './title-in-body';
import { ORG_HEAD, GEO_HEAD, DOCUMENTS, startsSentence, afterEventOf, spelledOutInLowerCase, inLowerCase } from './name-facts';

// Capitalised function words: in a title of a work, never inside a person's name.
const WORK_WORDS = new Set(['To', 'The', 'Is', 'Are', 'With', 'Me', 'My', 'You', 'Your', 'We', 'It', 'At', 'For', 'An', 'Just', 'That', 'This', 'What', 'And', 'Or', 'Not']);

// Last words of universities, papers, buildings and clubs named after people or places ("Penn
// State", "the Des Moines Register", "Caldwell Place", "Sheffield United").
const NAME_TAIL = /^(State|Place|Register|Correctional|Argus|Gazette|Tribune|Chronicle|Sentinel|Observer|Courier|Inquirer|Examiner|Dispatch|Standard|Plaza|Tower|Hall|Memorial|Library|United|City|Rovers|Wanderers|Athletic|Albion|Rangers|Hotspur)$/;


// Holidays named in one word ("the company's Christmas party").
const HOLIDAYS = /^(Christmas|Xmas|Easter|Thanksgiving|Halloween|Hanukkah|Chanukah|Ramadan|Eid|Diwali|Passover|Lent|Advent|Kwanzaa|Nowruz|Pentecost|Epiphany)$/;

/** Every word a Title Case word that no title, place, body or ordinary word of the text is. */
function personLike(text: string, tokens: Token[], s: Span): boolean {
  const words = tokens.slice(s.tokenStart, s.tokenEnd);
  const last = words[words.length - 1].text;
  if (BODY_HEAD.test(last) || GEO_HEAD.test(last) || NAME_TAIL.test(last)) return false;
  return words.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !headKind(t.text) && !countryOf(t.text) && !PLACE_LOWER.has(t.text.toLowerCase()) && !inLowerCase(text, t.text));
}

/**
 * `personWord`: whether the tagger took a word for (part of) a person anywhere in the text.
 * Returns the words of a title split off the front of the span, as a span of their own.
 */
export function retypeByKind(text: string, tokens: Token[], s: Span, personWord: (w: string) => boolean): Span | null {
  // "(R-Iowa)", "(D-N.Y.)": a lawmaker's party and state, not a body.
  if (s.type !== 'PER' && /^[RDI]-\p{Lu}/u.test(s.text) && text[s.start - 1] === '(') s.type = 'MISC';
  // Products are not bodies ("the Tor Browser", "Pixel Phone"); nor is a coined term ("the
  // so-called Excalibur portfolio").
  if (s.type === 'ORG' && s.tokenEnd - s.tokenStart > 1 && /\s(browser|app|apps|phone|smartphone|tablet|console|laptop|headset)$/i.test(s.text)) s.type = 'MISC';
  if (s.type === 'ORG' && /so-called\s+$/i.test(text.slice(Math.max(0, s.start - 12), s.start))) s.type = 'MISC';
  const titleRest = personInsideBody(text, tokens, s, personWord);
  retypeByNameShape(tokens, s);
  // Agreements and laws are not people or bodies ("Paris Climate Accord", "Affordable Care Act").
  if ((s.type === 'PER' || s.type === 'ORG') && s.tokenEnd - s.tokenStart > 1 && /\s(accords?|treaty|protocol|agreement|act|amendment|constitution|charter|convention|directive)$/i.test(s.text) && !ORG_FORMS.has(s.text)) s.type = 'MISC';
  // Holidays, events and awards are not people or organisations ("Mother's Day", "Cold War",
  // "Tony Award").
  if ((s.type === 'PER' || s.type === 'ORG') && s.tokenEnd - s.tokenStart === 1 && HOLIDAYS.test(s.text)) s.type = 'MISC';
  if ((s.type === 'PER' || s.type === 'ORG') && /\b(day|eve|week|war|games|cup|festival|forum|summit|olympics|show|expo|fair|tournament|championships?|marathon|awards|ceremony|challenge|classic|knockout|exhibition|award|prize|spring|uprising|revolution)$/i.test(s.text)) s.type = 'MISC';
  // "Listen To The Music", "Cells That ...": a title of a work or a heading, not a person.
  if (s.type === 'PER' && s.tokenEnd - s.tokenStart >= 2 && tokens.slice(s.tokenStart + 1, s.tokenEnd).some((t) => WORK_WORDS.has(t.text))) s.type = 'MISC';
  // "Tan Si Hui" tagged as an organisation: a family name first, then one or two short
  // capitalised syllables, and no organisation word.
  if (s.type === 'ORG' && s.tokenEnd - s.tokenStart >= 2 && s.tokenEnd - s.tokenStart <= 3 && EAST_ASIAN_SURNAMES.has(tokens[s.tokenStart].text.toLowerCase())) {
    const rest = tokens.slice(s.tokenStart + 1, s.tokenEnd);
    if (rest.every((t) => /^\p{Lu}\p{Ll}{1,5}$/u.test(t.text)) && !ORG_HEAD.test(s.text) && !ORG_FORMS.has(s.text)) s.type = 'PER';
  }
  // "Pushing Beijing to ...": a verb in -ing that opens a sentence is not part of a name.
  if (s.tokenEnd - s.tokenStart >= 2 && /^\p{Lu}\p{Ll}{3,}ing$/u.test(tokens[s.tokenStart].text) && startsSentence(text, tokens, s.tokenStart)) {
    s.tokenStart++;
    s.start = tokens[s.tokenStart].start;
    s.text = text.slice(s.start, s.end);
    if (countryOf(s.text) || PLACE_NAMES.has(s.text)) s.type = 'LOC';
  }
  // A founding text is not a body ("the pacifist Constitution", "the UN Charter" stays whole).
  if (s.type === 'ORG' && s.tokenEnd - s.tokenStart === 1 && DOCUMENTS.has(s.text.toLowerCase())) s.type = 'MISC';
  // Events and vehicles are not bodies: "WWII"; "(War of) Resistance Against ..."; "Air Force One".
  if (s.type === 'ORG' && !ORG_FORMS.has(s.text)) {
    if (/^WW(I{1,2}|[12])$/.test(s.text) || /\s(One|Two|Three)$/.test(s.text) || afterEventOf(text, tokens, s.tokenStart)) s.type = 'MISC';
    // An acronym the article spells out in lower case ("personally identifiable information (PII)").
    else if (/^\p{Lu}{2,6}$/u.test(s.text) && spelledOutInLowerCase(text, s.text)) s.type = 'MISC';
  }
  // "Harry Campbell", "Trey Edmunds" tagged as a body: a given name first, one or two more
  // words and no organisation word. The tagger's own short list of given names is trusted as it
  // stands; the long one, which also holds "Penn" and "Marion", only where every word is a Title
  // Case word that is no title, place, paper's or building's tail, or ordinary word of the text.
  if (s.type === 'ORG' && s.tokenEnd - s.tokenStart <= 3 && s.tokenEnd - s.tokenStart > 1 && !ORG_HEAD.test(s.text) && !ORG_FORMS.has(s.text)) {
    const first = tokens[s.tokenStart].text.toLowerCase();
    if (GIVEN_NAMES.has(first) || (FIRST_NAMES.has(first) && personLike(text, tokens, s))) s.type = 'PER';
  }
  // "The chief executive of Thames Water", "Thames Water, which manages ...": what a role is
  // held at, and what takes "which", is a body or a place, not a person.
  if (s.type === 'PER' && (text.startsWith(', which ', s.end) || roleOfBefore(text, tokens, s.tokenStart))) {
    s.type = countryOf(s.text) || PLACE_NAMES.has(s.text) ? 'LOC' : 'ORG';
  }
  // One-word "NetLog", "LucasNolan" or "CNNMoney" (a product, a handle, a brand) is not a
  // person's name.
  if (s.type === 'PER' && s.tokenEnd - s.tokenStart === 1 && /^\p{Lu}\p{Ll}+\p{Lu}|^\p{Lu}{2,}\p{Ll}{2}/u.test(s.text) && !/^(Mc|Mac|De|Di|Da|La|Le|Van|Von)\p{Lu}/u.test(s.text)) s.type = 'MISC';
  return titleRest;
}

/** "the chief executive of", "president of the": a role word and "of" (and "the") right before token i. */
function roleOfBefore(text: string, tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (k >= 0 && tokens[k].text.toLowerCase() === 'the') k--;
  if (k < 1 || tokens[k].text !== 'of') return false;
  const head = tokens[k - 1].text.toLowerCase();
  return (PUBLIC_HEAD.has(head) || PRIVATE_HEAD.has(head)) && /^\p{Ll}/u.test(tokens[k - 1].text);
}
