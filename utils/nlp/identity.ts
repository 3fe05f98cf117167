// One key per entity, whatever the spelling: keys are what the library and related coverage
// match on, so they must agree across outlets ("Sergey Lavrov" / "Sergei Lavrov",
// "ZHANG YUNBI" / "Zhang Yunbi", "UN Security Council" / "United Nations Security Council").
import { HONORIFICS } from './lexicon/titles';

/** `f` with its answers kept, up to `max` strings (then forgotten at once: a new page's names). */
function cached(f: (s: string) => string, max = 50000): (s: string) => string {
  const answers = new Map<string, string>();
  return (s) => {
    let hit = answers.get(s);
    if (hit === undefined) {
      hit = f(s);
      if (answers.size > max) answers.clear();
      answers.set(s, hit);
    }
    return hit;
  };
}

/** Strip accents and fold typographic variants; keep letters, digits, spaces, hyphens. */
export const fold = cached(foldUncached);

function foldUncached(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u00ad]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase()
    .replace(/'s$/, '')
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Transliteration variants of Slavic, Arabic and other names, applied per word. These are
// spelling conventions, not a list of people: "-ey"/"-iy"/"-yy" endings, "kh"/"h", doubled letters.
function foldSpelling(word: string): string {
  let w = word;
  w = w.replace(/yy$/, 'y').replace(/iy$/, 'y').replace(/ey$/, 'ei').replace(/ii$/, 'i');
  w = w.replace(/^yu/, 'iu').replace(/^ya/, 'ia').replace(/^ye/, 'e');
  w = w.replace(/([bcdfgklmnprst])\1/g, '$1');
  w = w.replace(/ou/g, 'u').replace(/kh/g, 'h').replace(/dzh/g, 'j').replace(/zh(?=[aeiou])/g, 'zh');
  return w;
}

// Keys are asked for the same few names many times per article (every mention, every
// cluster), and foldSpelling's rewrites are the costly part.
export const personKey = cached(personKeyUncached);

function personKeyUncached(name: string): string {
  const words = fold(name)
    .split(' ')
    .filter((w) => w && !HONORIFICS.has(w) && !HONORIFICS.has(w + '.'));
  // Generational suffixes do not tell people apart in news copy.
  while (words.length > 1 && /^(jr|sr|ii|iii|iv)$/.test(words[words.length - 1])) words.pop();
  return words.map(foldSpelling).join(' ');
}

/** Acronyms common enough in international news that their expansion is a fact, not a guess.
 * A Map, not an object: an organisation called "Constructor" must not find Object's own. */
const ACRONYMS = new Map<string, string>(Object.entries({
  un: 'united nations', eu: 'european union', nato: 'north atlantic treaty organization',
  who: 'world health organization', imf: 'international monetary fund', wto: 'world trade organization',
  opec: 'organization of the petroleum exporting countries', asean: 'association of southeast asian nations',
  unsc: 'united nations security council', iaea: 'international atomic energy agency',
  fbi: 'federal bureau of investigation', cia: 'central intelligence agency', pla: "people's liberation army",
  cpc: 'communist party of china', ccp: 'chinese communist party', icc: 'international criminal court',
  icj: 'international court of justice', unesco: 'united nations educational scientific and cultural organization',
  unicef: "united nations children's fund", unhcr: 'united nations high commissioner for refugees',
  sco: 'shanghai cooperation organisation', au: 'african union', osce: 'organization for security and co-operation in europe',
  g7: 'group of seven', g20: 'group of twenty', ecb: 'european central bank', fed: 'federal reserve',
  sec: 'securities and exchange commission', nasa: 'national aeronautics and space administration',
  dpp: 'democratic progressive party', kmt: 'kuomintang', ldp: 'liberal democratic party',
  bbc: 'british broadcasting corporation', afp: 'agence france-presse', ap: 'associated press',
  us: 'united states', uk: 'united kingdom',
}));

// British and American spellings of the same institution share a key.
function foldOrgSpelling(s: string): string {
  return s.replace(/isation/g, 'ization').replace(/defence/g, 'defense').replace(/centre/g, 'center').replace(/&/g, 'and');
}

export function orgKey(name: string): string {
  // "U.N." is "UN": drop the dots of dotted acronyms before folding.
  const undotted = name.replace(/\b(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, ''));
  let s = fold(undotted.replace(/&/g, ' and ')).replace(/^the /, '');
  const words = s.split(' ');
  // "UN Security Council" -> "united nations security council".
  const whole = ACRONYMS.get(s);
  if (whole) return foldOrgSpelling(whole);
  const first = words.length > 1 && words[0] !== 'who' ? ACRONYMS.get(words[0]) : undefined;
  if (first) s = [first, ...words.slice(1)].join(' ');
  return foldOrgSpelling(s);
}

/** Initials of an organisation's significant words ("European Union" -> "eu"). */
export function initials(name: string): string {
  return fold(name)
    .split(/[\s-]+/)
    .filter((w) => w && !/^(of|the|and|for|in|on|at|de|du|des|la|le)$/.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * A person's name as shown: ALL-CAPS names from bylines and headlines read better in title
 * case, and a page's soft hyphens ("Vladi\u00admir") are for its own line breaks, not the name.
 */
export function displayCase(raw: string): string {
  const name = raw.includes('\u00ad') ? raw.replace(/\u00ad/g, '') : raw;
  if (/\p{Ll}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}
