// Officials: the role and affiliation a news article gives a person. Three shapes cover most
// copy: a title before the name ("Russian Foreign Ministry spokeswoman Maria Zakharova",
// "Chinese Ambassador to Russia Zhang Hanhui", "Japan's prime minister"), an appositive after it
// ("Sergei Shoigu, secretary of the Security Council of the Russian Federation,"), and an
// appositive before it ("Trump's special envoy, Steve Witkoff"). Titles never join the name.
import { type Doc, lower, isPossessive } from './doc';
import { headKind, ROLE_MODIFIER, ROLE_LINKS, HONORIFICS } from './lexicon/titles';
import { countryOf, DEMONYMS } from './lexicon/places';
import { classify } from './office';
import { spanAt, countryFrom, roleText } from './role-text';

export interface RoleFinding {
  role: string;
  /** Public office (official) or a private position (executive, expert, reporter). */
  kind: 'public' | 'private';
  affiliation: string | null;
  /** Another person whose affiliation this one shares ("Trump's special envoy"). */
  affiliationOf: string | null;
  /** Offsets of the role phrase in the text. */
  start: number;
  end: number;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'former', 'then']);

/** Title before the name: walk left over role words, demonyms and organisation names. */
function titleBefore(doc: Doc, first: number): RoleFinding | null {
  const sentStart = doc.sentences[doc.sentenceOf[first]].tokenStart;
  // Tokens of the name's own span before the name are a title the tagger took in with it
  // ("Jackson County Prosecutor Jean Peters Baker" tagged as one person).
  const own = spanAt(doc, first);
  const spanHere = (d: Doc, k: number) => {
    const sp = spanAt(d, k);
    return sp === own ? null : sp;
  };
  let i = first - 1;
  while (i >= sentStart && HONORIFICS.has(lower(doc, i))) i--;
  if (i < sentStart) return null;
  // "Trump's special envoy, Steve Witkoff": a comma between role and name.
  const appositive = doc.tokens[i].text === ',' && i - 1 >= sentStart && headKind(lower(doc, i - 1)) !== null;
  if (appositive) i--;
  const end = i + 1;
  // "Vice-president elect Mike Pence": the role ends in "elect".
  if (lower(doc, i) === 'elect' && i - 1 >= sentStart) i--;
  // "Ambassador to Russia Zhang Hanhui": a place or body inside the title, right before the name.
  const inner = spanHere(doc, i);
  if (inner && inner.type !== 'PER' && inner.tokenEnd === i + 1) {
    const link = inner.tokenStart - 1;
    if (link - 1 >= sentStart && ROLE_LINKS.has(lower(doc, link)) && headKind(lower(doc, link - 1))) i = link - 1;
  }
  let kind = headKind(lower(doc, i));
  if (!kind || spanHere(doc, i)?.type === 'PER') return null;
  let org: string | null = null;
  let affiliationOf: string | null = null;
  let begin = i;
  i--;
  while (i >= sentStart) {
    const w = lower(doc, i);
    // The rest of what the tagger took in with the name is the title's body ("Clark County").
    if (own && spanAt(doc, i) === own && /^\p{Lu}/u.test(doc.tokens[i].text)) {
      begin = i;
      i--;
      continue;
    }
    const span = spanHere(doc, i);
    const head = headKind(w);
    if (span && span.type !== 'PER' && span.tokenEnd === i + 1) {
      // An organisation or place inside the title ("Russian Foreign Ministry spokeswoman").
      if (span.type === 'ORG') org ??= span.text;
      begin = span.tokenStart;
      i = span.tokenStart - 1;
    } else if (w === 'under' && /^\p{Ll}/u.test(doc.tokens[i].text) && lower(doc, i + 1) !== 'secretary') {
      // "served under former President ...": a preposition, not "Under Secretary".
      break;
    } else if (head || ROLE_MODIFIER.has(w) || DEMONYMS.has(w) || (countryFrom(doc, i) && !span)) {
      if (head === 'private' && kind === 'public' && !ROLE_MODIFIER.has(w)) break;
      begin = i;
      i--;
    } else if (ROLE_LINKS.has(w) && i - 1 >= sentStart && headKind(lower(doc, i - 1))) {
      // "an aide to Vice President Mike Pence": a lower-case role before a capitalised title is
      // someone else's ("Ambassador to Russia" and "secretary of state" are one title).
      if (/^\p{Ll}/u.test(doc.tokens[i - 1].text) && /^\p{Lu}/u.test(doc.tokens[i + 1].text)) break;
      begin = i;
      i--;
    } else if (isPossessive(w) && i - 1 >= sentStart) {
      // "Japan's prime minister", "Trump's special envoy".
      const owner = spanHere(doc, i - 1);
      const ownerCountry = owner ? countryOf(owner.text) : countryFrom(doc, i - 1);
      if (ownerCountry) return finish(ownerCountry, null);
      if (owner?.type === 'ORG') return finish(owner.text, null);
      if (owner?.type === 'PER') affiliationOf = owner.text;
      // "the company's chief, Pia Lund": a company has officers, not officials.
      if (!owner && PRIVATE_OWNER.test(lower(doc, i - 1))) kind = 'private';
      break;
    } else break;
  }
  return finish(null, null);

  function finish(affiliation: string | null, _unused: null): RoleFinding | null {
    const r = roleText(doc, begin, end);
    return {
      role: r.text,
      kind: kind!,
      affiliation: affiliation ?? org ?? r.country,
      affiliationOf,
      start: r.start,
      end: doc.tokens[end - 1].end,
    };
  }
}

/** Appositive after the name: ", [a] [former] Russian deputy foreign minister of X at Y,".
 * With two roles joined by "and", the public office wins ("executive vice president of the
 * Brookings Institution and a former U.S. ambassador to Israel"). */
function appositiveAfter(doc: Doc, last: number): RoleFinding | null {
  const sentEnd = doc.sentences[doc.sentenceOf[last]].tokenEnd;
  if (last + 1 >= sentEnd || doc.tokens[last + 1].text !== ',') return null;
  const first = rolePhrase(doc, last + 2, sentEnd);
  if (!first) return null;
  // "addressed to Antonio Guterres, Yemeni President Abed Rabbo Mansour Hadi": a title followed
  // by a name is that name's title, not an appositive of the one before the comma.
  if (first.next < sentEnd && spanAt(doc, first.next)?.type === 'PER') return null;
  // "Lorenz, his secretary, his programmer and his students shared an office": a list of the
  // people around him, not his title.
  const pronoun = lower(doc, last + 2);
  if (/^(his|her|their)$/.test(pronoun) && first.next + 1 < sentEnd && /^(,|and)$/.test(lower(doc, first.next)) && lower(doc, first.next + 1) === pronoun) return null;
  if (first.next < sentEnd && lower(doc, first.next) === 'and') {
    const second = rolePhrase(doc, first.next + 1, sentEnd);
    if (second && classify(second.finding).kind === 'public' && classify(first.finding).kind !== 'public') return second.finding;
  }
  return first.finding;
}

const PRIVATE_OWNER = /^(company|firm|bank|group|startup|start-up|club|team|university|school|college|newspaper|paper|magazine|network|charity|brand|studio|band|label|retailer|airline|carmaker|automaker|chain|fund|insurer|lender|publisher|hospital)$/;

function rolePhrase(doc: Doc, from: number, sentEnd: number): { finding: RoleFinding; next: number } | null {
  let i = from;
  while (i < sentEnd && DETERMINERS.has(lower(doc, i)) && lower(doc, i) !== 'former') i++;
  let begin = i;
  let kind: 'public' | 'private' | null = null;
  let country: string | null = null;
  let org: string | null = null;
  let end = -1;
  let owner = '';
  // The role words, with at most one possessive owner ("Russia's").
  for (let n = 0; i < sentEnd && n < 8; n++) {
    const w = lower(doc, i);
    const span = spanAt(doc, i);
    const head = headKind(w);
    if (head) {
      kind = head;
      end = i + 1;
      i++;
    } else if (span && span.type === 'ORG' && !kind && span.text.split(/\s+/).some((w) => headKind(w))) {
      // The tagger took a title for an organisation: "the European Commissioner for Trade".
      kind = headKind(span.text.split(/\s+/).find((w) => headKind(w))!)!;
      end = span.tokenEnd;
      i = span.tokenEnd;
    } else if (span && span.type !== 'PER' && !kind) {
      if (span.type === 'ORG') org = span.text;
      else country ??= countryOf(span.text);
      i = span.tokenEnd;
      if (i < sentEnd && isPossessive(lower(doc, i))) i++;
    } else if (ROLE_MODIFIER.has(w) || DEMONYMS.has(w) || countryFrom(doc, i)) {
      i++;
    } else if (!kind && n === 0 && i + 1 < sentEnd && isPossessive(lower(doc, i + 1)) && /^\p{Ll}/u.test(doc.tokens[i].text)) {
      // "the alliance's secretary general", "the company's chief executive".
      owner = w;
      i += 2;
      begin = i;
    } else break;
  }
  if (!kind || end < 0) return null;
  // "the company's chief": a company has officers, not officials.
  if (PRIVATE_OWNER.test(owner)) kind = 'private';
  // "of the Institute of Japanese Studies at the Chinese Academy of Social Sciences".
  let affiliation: string | null = null;
  while (i < sentEnd && ROLE_LINKS.has(lower(doc, i))) {
    const link = lower(doc, i);
    let j = i + 1;
    if (j < sentEnd && lower(doc, j) === 'the') j++;
    let span = j < sentEnd ? spanAt(doc, j) : null;
    if (!span || span.tokenStart !== j || span.type === 'MISC' || span.type === 'PER') {
      // "of the Stockholm-based freight firm Nordvik Lines": an organisation a few words on is
      // what the role belongs to, and the words between stay out of the role.
      let k = j;
      while (k < sentEnd && k < j + 5 && !spanAt(doc, k)?.type.match(/ORG/) && !/^[,;.]$/.test(doc.tokens[k].text)) k++;
      span = k < sentEnd ? spanAt(doc, k) : null;
      if (span?.type === 'ORG') {
        affiliation = span.text;
        i = span.tokenEnd;
      }
      break;
    }
    if (link === 'at' || link === 'in') {
      affiliation = span.text;
      i = span.tokenEnd;
      break;
    }
    affiliation = span.type === 'LOC' ? countryOf(span.text) ?? span.text : span.text;
    end = span.tokenEnd;
    i = span.tokenEnd;
    // "co-director of MIT's Lorenz Center": the body that the one named owns.
    const owned = i + 1 < sentEnd && isPossessive(lower(doc, i)) ? spanAt(doc, i + 1) : null;
    if (owned?.type === 'ORG' && owned.tokenStart === i + 1) {
      affiliation = doc.text.slice(span.start, owned.end);
      end = i = owned.tokenEnd;
    }
  }
  const r = roleText(doc, begin, end);
  const finding: RoleFinding = {
    role: r.text,
    kind,
    affiliation: affiliation ?? org ?? country ?? r.country,
    affiliationOf: null,
    start: r.start,
    end: doc.tokens[end - 1].end,
  };
  return { finding, next: Math.max(i, end) };
}

/** The role given at one mention of a person (tokens first..last inclusive), if any. */
export function findRole(doc: Doc, first: number, last: number): RoleFinding | null {
  const r = titleBefore(doc, first) ?? appositiveAfter(doc, last);
  return r && classify(r);
}
