// Capitalised words that are not names of people or bodies, from how such words are written:
// awards ("Pulitzer Prize"), acronyms of things rather than bodies ("an AC", "AI", "HVAC"),
// acronyms the text uses in the plural ("ACs", "NGOs": a body is never counted), and compounds
// that say where something is based or who leads it ("Phoenix-based", "Saudi-led"), which the
// tagger reads as names; names followed by what they name (a law, an illness, a column).
import type { Span } from './tagger';
import { ORG_FORMS } from './lexicon/organisations';
import { ORG_HEAD, headOf } from './name-facts';

/** Acronyms of things, fields, degrees and set phrases ("RIP"), never of a body. Facts of
 * English, not of any page. */
const THING_ACRONYMS = new Set(
  'Q&A RIP ASAP SAT ACT GCSE GCSEs GED LSAT GMAT GRE TOEFL IELTS AI AC ACs UI UX PC PCs TV TVs GPS DNA RNA HIV AIDS LED LCD USB VPN GDP GNP IPO ETF MBA PhD API CPU GPU RAM SMS PDF HVAC EV EVs SUV SUVs ATM ATMs CEO CFO COO CTO VR AR IT IQ OS RF HFC HFCs CO2 LNG LPG ICBM ICBMs UAV UAVs ID IDs FAQ URL HTML Wi-Fi WiFi MRI CT ER ICU PTSD ADHD COVID PR HDMI DVI RGB FPS IPS ECG EKG SSD HDD OLED LTE NFC 4G 5G 4K USB-A USB-B USB-C GTX RTX Rs USD EUR GBP JPY CNY RMB INR AUD CAD CHF SEK SKR NOK DKK HKD SGD NZD ZAR RUB BRL MXN KRW TWD THB'.split(' '),
);

/** Not people the way the guidelines mean real, named people. */
const DEITIES = new Set(['God', 'Allah', 'Lord', 'Almighty']);

/** First words of days named like holidays ("Black Friday"), and the weekday that follows one. */
const HOLIDAY_FIRST = new Set(['Black', 'Cyber', 'Good', 'Super', 'Easter', 'Palm', 'Ash', 'Holy', 'Bloody', 'Giving', 'Maundy']);
const WEEKDAY = / (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/y;
// "the Data Retention Bill", "the Magnitsky Act": the name of a law, of which the tagger took
// only the first words ("Bill" after a person's name may be a given name, so only "Act" there).
const LAW_AFTER = / (Bill|Act)\b/y;
const ILLNESS_AFTER = /(?:['’]s)?\s+(syndrome|disease|virus|fever|palsy)\b/y;
const MARK_AFTER = /\s+(label|logo|seal|sticker|trademark|certification|hashtag)\b/y;
// "the Excalibur patent portfolio", "a Morris Trust structure": the name of a thing of that
// kind, not of its owner (a body the gazetteer knows, "the Apple patent portfolio", or one
// named as a body, "the Protection Bureau's funding structure", stays).
const THING_AFTER = /\s+(?:\p{Ll}+\s+)?(portfolio|structure|doctrine|formula|technique|theory|principle|clause|algorithm|column)\b/uy;
// "the Pulitzer Prize for Breaking News", "a Grammy Award": an award, named for a body or a person
// but neither ("the Pulitzer Prize Board" is a body: its name ends in another word).
const AWARD = /^(?:[\p{Lu}\d][\p{L}\d'’.-]*\s+)*(Prizes?|Awards?|Medals?|Trophy)(?=$|\s+(?:for|in|of)\s)/u;
const NUMBERED = /^(Interstate|Interstates|Highway|Route|Season|Episode|Chapter|Phase|Part|Volume|Level|Stage|Round|Week|Series|Article|Section|Page|Figure|Table|Grade|Category|Class|Type|Version|Room|Gate|Terminal|Platform|Unit|Block|Row|Seat|Lane|Exit|Pier|Berth|Track|Ward)$/;
const NUMBER_AFTER = / \d/y;
const PREFIXED = /^(post|pre|anti|pro|non|neo|mid|ex)-\p{Lu}/u;
const BASED = /^\p{L}[\p{L}.]*-(based|led|owned|backed|run|funded|controlled|linked|allied|affiliated|born|made|era|style|bound)$/u;

/**
 * An acronym the text also writes in the plural ("ACs" for "AC"): a kind of thing, not a body.
 * Remembered per text: an article names the same acronym many times, and each look scans it.
 */
function pluralInText(text: string, acronym: string): boolean {
  if (pluralsOf !== text) {
    pluralsOf = text;
    plurals.clear();
  }
  let found = plurals.get(acronym);
  if (found === undefined) {
    found = false;
    const plural = acronym + 's';
    for (let at = text.indexOf(plural); at >= 0 && !found; at = text.indexOf(plural, at + 1)) {
      found = !isWordChar(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(at + plural.length));
    }
    plurals.set(acronym, found);
  }
  return found;
}

let pluralsOf = '';
const plurals = new Map<string, boolean>();

/** A letter or digit (NaN, before the start or after the end, is neither). */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

// "Sun & Mon", "Sat-Sun": opening days in a listing.
const DAY = '(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?';
const DAYS_ONLY = new RegExp(`^${DAY}(?:\\s*(?:&|and|-|–|to)\\s*${DAY})+$`);

// The last words of a competition and of a stretch of history; figures of speech named like
// people; a company's legal form; the endings of microbe genera. Facts of English.
const COMPETITION = /\s(Series|Cup|Championships?|Grand Prix)$/;
const PERSONIFICATIONS = new Set(['Mother Nature', 'Mother Earth', 'Father Time', 'Lady Luck', 'Old Man Winter']);
const BARE_LEGAL_FORM = /^(co|inc|corp|ltd|llc|llp|plc|gmbh|ag)\.?$/i;
const PARTY_ADJECTIVE = /['’]s (Democratic|Republican)$/;
const ERA = /\s(Era|Period|Epoch|Dynasty)$/;
const MICROBE = /\p{Ll}(bacter|bacteri(um|a)|cocc(us|i)|bacill(us|i)|ellae|monas|myces|mycetes|viridae)$/u;

/** Whether a span of a person or a body is no name at all. */
export function notAName(text: string, s: Span): boolean {
  if (s.type !== 'ORG' && s.type !== 'PER') return false;
  const t = s.text;
  // "New Delhi-based", "post-Apple": an adjective made of a name.
  if (t.includes('-') && (BASED.test(t.slice(t.lastIndexOf(' ') + 1)) || PREFIXED.test(t))) return true;
  // "the Certified Sustainable Seafood label": a mark or a brand named, not a body. (Sticky
  // expressions read the text where the span ends, without copying it: this runs for every span.)
  const after = text.charCodeAt(s.end);
  MARK_AFTER.lastIndex = LAW_AFTER.lastIndex = ILLNESS_AFTER.lastIndex = THING_AFTER.lastIndex = s.end;
  if (after === 32 && MARK_AFTER.test(text)) return true;
  if (after === 32 && LAW_AFTER.test(text) && (s.type === 'ORG' || text.startsWith(' Act', s.end))) return true;
  // "Reye's syndrome", "Crohn's disease": an illness named for a person, not the person.
  if ((after === 32 || after === 39 || after === 0x2019) && ILLNESS_AFTER.test(text)) return true;
  // (After "a", a body's word does not save it: "a Morris Trust structure" is a kind of deal.)
  if (s.type === 'ORG' && after === 32 && THING_AFTER.test(text) && !ORG_FORMS.has(t) && !/['’]s$/.test(t) && (!ORG_HEAD.test(headOf(t)) || /\ban?\s+$/i.test(text.slice(Math.max(0, s.start - 3), s.start)))) return true;
  // "Black Friday", "Super Tuesday": a day, even when the tagger took its first word alone.
  const first = t.indexOf(' ') < 0 ? t : t.slice(0, t.indexOf(' '));
  if (HOLIDAY_FIRST.has(first)) {
    WEEKDAY.lastIndex = s.start + first.length;
    if (WEEKDAY.test(text)) return true;
  }
  if (DAYS_ONLY.test(t)) return true;
  // "the Xfinity Series", "the Davis Cup": a competition, however a person's name it looks.
  if (s.type === 'PER' && s.tokenEnd - s.tokenStart > 1 && COMPETITION.test(t)) return true;
  // "the whims of Mother Nature": a figure of speech, no real person.
  if (PERSONIFICATIONS.has(t)) return true;
  // "an LLC called ...": a legal form alone names no body.
  if (s.tokenEnd - s.tokenStart === 1 && BARE_LEGAL_FORM.test(t)) return true;
  // "Cuomo, New York’s Democratic governor": the owner and a party's adjective, no body's name.
  if (s.type === 'ORG' && PARTY_ADJECTIVE.test(t)) return true;
  // "the Meiji Era", "the Tang Dynasty": a stretch of history, not a body.
  if (s.type === 'ORG' && s.tokenEnd - s.tokenStart > 1 && ERA.test(t)) return true;
  if ((t.includes('Prize') || t.includes('Award') || t.includes('Medal') || t.includes('Trophy')) && AWARD.test(t)) return true;
  // "Season 7", "Phase 2", "Gate 14": a part or place numbered, not a name.
  if (s.tokenEnd - s.tokenStart === 1 && NUMBERED.test(t)) {
    NUMBER_AFTER.lastIndex = s.end;
    if (NUMBER_AFTER.test(text)) return true;
  }
  if (s.tokenEnd - s.tokenStart !== 1) return false;
  // A deity is no real person, nor a body, whatever the tagger made of it ("trusts her Allah").
  if (THING_ACRONYMS.has(t) || DEITIES.has(t)) return true;
  // "Acinetobacter", "Salmonellae": a genus of microbes, capitalised as Latin names are.
  if (MICROBE.test(t)) return true;
  // "ACs", "NGOs", "CEOs": an acronym in the plural.
  if (/^\p{Lu}{2,5}s$/u.test(t)) return true;
  return /^\p{Lu}{2,5}$/u.test(t) && pluralInText(text, t);
}
