// Names from byline strings, which mix people with outlets, desks, dates, handles and
// addresses in every layout ("By ZHANG YUNBI | chinadaily.com.cn").
import { ORG_FORMS } from '../nlp/lexicon/organisations';
import { collapse } from './text';

/** "ZHANG YUNBI" -> "Zhang Yunbi", "MARY O'NEIL-SMITH" -> "Mary O'Neil-Smith"; mixed case is left alone. */
export function titleCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase()).replace(/\bMc(\p{Ll})/gu, (_, c: string) => `Mc${c.toUpperCase()}`);
}

// Words that make a byline part an outlet, a desk or a role, not a person. A set of words, not
// one long case-insensitive pattern: this runs once per page load, where compiling such a
// pattern (and again when it gets hot) costs more than the test itself.
const NOT_A_PERSON = new Set('news broadcast broadcasting corporation foundation institute association ministry department office university press agency agencies wire wires staff desk team reporter reporters editor editors editorial correspondent correspondents contributor contributors contributed contributing reporting additional writer writers columnist bureau service media online digital newsroom associated reuters afp ap upi xinhua tass dpa efe ansa bloomberg times post journal daily tribune herald magazine network tv radio channel group inc ltd llc company admin administrator guest anonymous unknown'.split(' '));
const notAPerson = (part: string) => (part.toLowerCase().match(/[a-z0-9_]+/g) ?? []).some((w) => NOT_A_PERSON.has(w));

/** Names from a byline string: "By ZHANG YUNBI | chinadaily.com.cn" -> ["Zhang Yunbi"]. */
export function bylineNames(s: string | null | undefined, publisher: string | null): string[] {
  if (!s) return [];
  let t = collapse(String(s));
  if (!t || t.length > 400) return [];
  // The first part before a separator or a date; no addresses, handles or e-mails.
  t = t.split(/\s[|•·]\s|\s[|•·]|[|•·]\s|\n|\s[-–—]\s(?=\S*\d|\S+\.\w{2,3}\b)/)[0];
  t = t.replace(/\S+@\S+/g, ' ').replace(/https?:\/\/\S+/g, ' ').replace(/\B@\w+/g, ' ').replace(/\([^)]*\)/g, ' ');
  // (Latin letters before "by" and no Unicode classes under /i: cheap to compile, see above.)
  t = t.replace(/^\s*([a-z\u00c0-\u024f]+\s+){0,2}?(by|von|por|par|di|door|av|af)\s*[:\s]\s*/i, '');
  // Names glued together by the markup ("Isayen HerreraCarmen Sesin").
  t = t.replace(/(\s\p{Lu}\p{Ll}*\p{Ll}{3})(\p{Lu}\p{Ll})/gu, '$1, $2');
  // Stop at a date, a weekday or the first digit ("Lucas Nolan22 Dec 2016", "Owen Monday, November 18").
  t = t.replace(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d.*$/i, '').replace(/\b(mon|tues|wednes|thurs|fri|satur|sun)day\b.*$/i, '').replace(/\d.*$/, '');
  const pub = (publisher ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const out: string[] = [];
  for (let part of t.split(/\s*(?:,|;|(?<=\p{Ll}{2})\.\s+|\b(?:[Aa][Nn][Dd]|[Uu]nd|[Ee]t|[Yy])\b|&)\s*/u)) {
    part = part.trim().replace(/^(by|mr|mrs|ms|dr)\.?\s+/i, '').replace(/[.,;:'"“”’]+$/, '').trim();
    if (!part) continue;
    const words = part.split(/\s+/);
    if (words.length > 5 || words.length < 1) continue;
    if (!/^\p{Lu}/u.test(part) || !/^[\p{L}\p{M}'’.\- ]+$/u.test(part)) continue;
    if (words.length === 1 && (part.length < 3 || (/^\p{Lu}+$/u.test(part) && part.length <= 5))) continue;
    // Every word capitalised, but for the particles of names ("Alejandro de la Garza").
    if (!words.every((w) => /^\p{Lu}/u.test(w) || /^(de|la|le|da|di|du|do|dos|das|del|della|van|von|der|den|ter|bin|ibn|al|el|y|e|zu)$/.test(w))) continue;
    const key = part.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    if (pub && (key === pub || key.includes(pub) || (pub.includes(key) && key.length > 3))) continue;
    // The outlet's own name spelled out: "Deutsche Welle" on "DW.COM", "Cable News Network" on "CNN".
    const initials = words.length >= 2 ? words.map((w) => w[0]).join('').toLowerCase() : '';
    if (initials && pub.replace(/(com|org|net|co|uk|de|news|tv|online)+$/, '') === initials) continue;
    const shown = titleCase(part);
    // An outlet, wire service or desk is not a person.
    if (ORG_FORMS.has(part) || ORG_FORMS.has(shown) || notAPerson(part)) continue;
    if (!out.some((n) => n.toLowerCase() === shown.toLowerCase())) out.push(shown);
  }
  // Beside full names, a single word is an outlet or a desk ("Jane Doe, Futurism").
  return out.some((n) => n.includes(' ')) ? out.filter((n) => n.includes(' ')) : out;
}
