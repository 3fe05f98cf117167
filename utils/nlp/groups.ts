// Peoples and sects, which a tagger takes for bodies or people (called from postprocess.ts for
// each span, in its place there): "Māori people", "Kurdish community" and "Sunni Muslims" are
// groups; "the North Koreans" a people in the plural; a sect before a body's name ("Shiite
// Houthi rebels") is no part of it.
import type { Span } from './tagger';
import type { Token } from './tokenize';
import { DEMONYMS } from './lexicon/places';
import { PEOPLES, GROUP_NOUNS } from './lexicon/peoples';

const SECTS = new Set(['sunni', 'shia', 'shiite', "shi'ite", 'alawite', 'ismaili', 'salafi', 'salafist', 'wahhabi']);

export function retypeGroups(text: string, tokens: Token[], s: Span): void {
  // "Māori people", "Kurdish community": a group, not an organisation or a person.
  if ((s.type === 'PER' || s.type === 'ORG') && s.tokenEnd - s.tokenStart === 2) {
    const [a, b] = [tokens[s.tokenStart].text.toLowerCase(), tokens[s.tokenStart + 1].text.toLowerCase()];
    // ... and "Sunni Muslims": two words of peoples.
    if ((PEOPLES.has(a) || DEMONYMS.has(a)) && (GROUP_NOUNS.has(b) || PEOPLES.has(b))) s.type = 'MISC';
  }
  // "The North Koreans said": a people named by its demonym in the plural.
  if ((s.type === 'ORG' || s.type === 'PER') && s.tokenEnd - s.tokenStart >= 2 && s.text.endsWith('s') && DEMONYMS.has(s.text.slice(0, -1).toLowerCase())) s.type = 'MISC';
  // "Shiite Houthi rebels": a sect is no part of the body's name.
  if ((s.type === 'ORG' || s.type === 'PER') && s.tokenEnd - s.tokenStart >= 2 && SECTS.has(tokens[s.tokenStart].text.toLowerCase()) && /^\p{Lu}/u.test(tokens[s.tokenStart + 1].text)) {
    s.tokenStart++;
    s.start = tokens[s.tokenStart].start;
    s.text = text.slice(s.start, s.end);
    s.type = 'ORG';
  }
}
