// Corrections to the tagger's spans that follow from facts about names rather than from
// training data: "Russian" + "Foreign Ministry" is one organisation; "Baltic Sea" is a place;
// where a span starts and ends is trims.ts.
import { spanWith, type Span } from './span';
import type { Token } from './tokenize';
import { DEMONYMS, countryOf } from './lexicon/places';
import { PLACE_LOWER } from './lexicon/cities';
import { PEOPLES } from './lexicon/peoples';
import { retypeByKind } from './kinds';
import { extendOrgNames } from './org-names';
import { possessiveOrgs, splitPossessives, splitPersonBefore } from './org-possessives';
import { namedByKind, namedBeforeKind } from './org-kinds';
import { GEO_HEAD, ORG_HEAD, COMMON, FUNCTION_WORDS, MONTHS, headOf, asTeam, tableRowTeam, standingsRow, startsSentence, inLowerCase } from './name-facts';
import { qualifier, dateline, wholeName, BODY_HEAD, sportsArticle, teamInSportsReport, scoredInSportsReport, namedAfterTitle } from './name-context';
import { known, vote, splitConjoined, familyPlurals } from './consistency';
import { trustTitleCase } from './title-case';
import { notAName } from './not-names';
import { trimSpan } from './trims';
import { possessiveNames } from './possessive-names';
import { bracketedClubs, clubsAfterPlayers } from './bracket-names';
import { scoreLineTeams } from './score-lines';
import { dropVessels } from './vessels';
import { agedPeople } from './ages';
import { placeByWords, cityTeam } from './place-words';
import { dropProducts } from './products';
import { retypeGroups } from './groups';
import { splitRunTogether, photoCredits, reportingCredits } from './credits';
import { describedBodies } from './described';
import { dropQuotedTitles } from './quoted-titles';
import { joinLegalForms, firmShortForms } from './legal-forms';
import { pressDigest } from './press-digest';
import { placeRun, joinsBody, isNation } from './country-names';
import { firmsByContext } from './firm-cues';
import { startsLower, splitWords } from './chars';
import { widenStart } from './span-starts';
import { partyWords } from './party-words';
import { fixtureSide, fixtures } from './fixtures';
import { stateCodes } from './state-codes';


const PLANETS = /^(Earth|Mars|Venus|Jupiter|Saturn|Neptune|Uranus|Pluto)(['’]s)?$/;

type Pass = (text: string, tokens: Token[], spans: Span[]) => Span[];

/** The passes over the whole list of spans, in order, once each span has been corrected alone. */
const PASSES: Pass[] = [
  joinLegalForms,
  splitConjoined,
  familyPlurals,
  splitPossessives,
  splitPersonBefore,
  namedByKind,
  namedBeforeKind,
  possessiveOrgs,
  possessiveNames,
  extendOrgNames,
  known,
  firmShortForms,
  firmsByContext,
  agedPeople,
  photoCredits,
  reportingCredits,
  describedBodies,
  partyWords,
  (_t, _k, x) => vote(x),
  dropProducts,
  trustTitleCase,
  namedAfterTitle,
  bracketedClubs,
  clubsAfterPlayers,
  scoreLineTeams,
  fixtures,
  stateCodes,
  (t, _k, x) => dropVessels(t, x),
  (t, _k, x) => dropQuotedTitles(t, x),
  pressDigest,
];

export function postprocess(text: string, tokens: Token[], spans: Span[]): Span[] {
  const out: Span[] = [];
  // Words the tagger took for people somewhere in the text ("James" of "Letitia James"), built
  // only if a rule asks (few texts need it).
  let people: Set<string> | null = null;
  const personWord = (w: string) => {
    if (!people) {
      people = new Set<string>();
      for (const s of spans) if (s.type === 'PER') for (const x of splitWords(s.text)) people.add(x);
    }
    return people.has(w);
  };
  for (const s0 of splitRunTogether(text, tokens, spans)) {
    const s = spanWith(s0);
    if (!trimSpan(text, tokens, s, spans)) continue;
    placeRun(text, tokens, s, out);
    if ((s.type === 'ORG' || s.type === 'PER') && GEO_HEAD.test(s.text) && s.tokenEnd - s.tokenStart > 1) s.type = 'LOC';
    if (placeByWords(text, tokens, s)) s.type = 'LOC';
    if ((s.type === 'LOC' || s.type === 'MISC') && cityTeam(text, tokens, s)) s.type = 'ORG';
    // In a sports report a league the tagger calls MISC is a competition ("American League");
    // elsewhere it is a body ("Arab League"), as are names on the other heads.
    if ((s.type === 'PER' || (s.type === 'MISC' && !(/league$/i.test(s.text) && sportsArticle(text, tokens)))) && s.tokenEnd - s.tokenStart > 1 && ORG_HEAD.test(headOf(s.text))) s.type = 'ORG';
    // "High Court", "Municipal Police": a place the tagger saw in a body's name.
    if (s.type === 'LOC' && s.tokenEnd - s.tokenStart > 1 && BODY_HEAD.test(headOf(s.text)) && !GEO_HEAD.test(s.text)) s.type = 'ORG';
    const title = retypeByKind(text, tokens, s, personWord);
    if (title) out.push(title);
    // "Amazon-owned Whole Foods Market", "Ontario-based Magna": the owner or home is not part
    // of the name.
    if (s.tokenEnd - s.tokenStart >= 2 && /^\p{Lu}[\p{L}.]*-(owned|based|backed|led|run|funded|controlled|linked|allied|affiliated)$/u.test(tokens[s.tokenStart].text)) {
      s.tokenStart++;
      s.start = tokens[s.tokenStart].start;
      s.text = text.slice(s.start, s.end);
    }
    // "@LucasNolan", "#Hamilton": a handle or a hashtag is not a name in prose.
    if (s.start > 0 && (text[s.start - 1] === '@' || text[s.start - 1] === '#')) continue;
    const before = tokens[s.tokenStart - 1];
    widenStart(text, tokens, s, out);
    // "the Colts", "the Bluejays": a plural after "the" is a team or a band, not a person.
    if (s.type === 'PER' && s.tokenEnd - s.tokenStart === 1 && before && (before.text === 'the' || before.text === 'The') && /^\p{Lu}\p{Ll}+[^s']s$/u.test(s.text)) s.type = 'ORG';
    // "Douglas & Lomason", "Ernst & Young": names joined by an ampersand are a firm, not a person.
    if (s.type === 'PER' && s.tokenEnd - s.tokenStart >= 3 && tokens.slice(s.tokenStart + 1, s.tokenEnd - 1).some((t) => t.text === '&')) s.type = 'ORG';
    // "the D.A. Davidson brokerage": a name followed by what kind of business it is.
    if ((s.type === 'PER' || s.type === 'MISC') && !qualifier(tokens, s) && !/^\s+group\s+(\p{Lu}\b|\d|one|two|three|four|five|six|seven|eight|nine|ten)/iu.test(text.slice(s.end, s.end + 24)) && /^\s+(group|organi[sz]ation|movement|collective|coalition|charity|brokerage|firm|company|bank|lender|insurer|retailer|chain|consultancy|conglomerate|carmaker|automaker|airline|startup|start-up|publisher)\b/.test(text.slice(s.end, s.end + 14))) s.type = 'ORG';
    // "Vulture magazine", "Le Monde newspaper": a title named as a publication.
    if ((s.type === 'PER' || s.type === 'LOC' || s.type === 'MISC') && !qualifier(tokens, s) && /^\s+(magazine|newspaper|tabloid|broadsheet|weekly|daily|broadcaster|news agency|website)\b/.test(text.slice(s.end, s.end + 14))) s.type = 'ORG';
    // A city is a place even when it stands for its government; it stays an organisation only
    // as a team ("Seattle beat Chicago", "Seattle 5 Chicago 3").
    const place = countryOf(s.text) || (PLACE_LOWER.has(s.text.toLowerCase()) && (s.type !== 'ORG' || !(asTeam(text, tokens, s) || (sportsArticle(text, tokens) && !dateline(text, s)))));
    if ((s.type === 'MISC' || s.type === 'PER' || s.type === 'ORG') && place && !DEMONYMS.has(s.text.toLowerCase())) s.type = 'LOC';
    if (s.type === 'LOC' && !isNation(s.text) && ((PLACE_LOWER.has(s.text.toLowerCase()) && teamInSportsReport(text, tokens, s)) || scoredInSportsReport(text, tokens, s) || fixtureSide(text, tokens, s))) s.type = 'ORG';
    // A place opening a row of figures in a results table is a team ("NEW YORK 74 59 .556").
    // Outside sport, rows with words among their figures are places ("Dresden 792 up 11.4",
    // cargo by airport; grain prices by market); a standings row of bare figures stays a team
    // (sports reports are not all found as such), and a name the gazetteer does not know as a
    // place stays what the tagger made it (a share in a bourse's table).
    if ((s.type === 'LOC' || s.type === 'ORG') && !isNation(s.text) && tableRowTeam(text, tokens, s)) {
      if (!sportsArticle(text, tokens) && PLACE_LOWER.has(s.text.toLowerCase()) && /^[^\n]*[\d.,][ \t]+\p{Ll}/u.test(text.slice(s.end, s.end + 40))) s.type = 'LOC';
      else {
        s.type = 'ORG';
        s.fixed = true;
      }
    }
    if (s.type === 'PER' && standingsRow(text, tokens, s)) {
      s.type = 'ORG';
      s.fixed = true;
    }
    if (s.type !== 'LOC' && s.type !== 'PER' && dateline(text, s)) {
      s.type = 'LOC';
      s.fixed = true;
    }
    if (notAName(text, s)) continue;
    // Months, demonyms and ordinary words at the start of a sentence are not names.
    if (s.tokenEnd - s.tokenStart === 1 && (s.type === 'PER' || s.type === 'ORG')) {
      const lw = s.text.toLowerCase();
      if (MONTHS.has(lw.replace(/\.$/, '')) || COMMON.has(lw) || (FUNCTION_WORDS.has(lw) && !/^\p{Lu}{2}/u.test(s.text))) continue;
      if (DEMONYMS.has(lw) || PEOPLES.has(lw)) s.type = 'MISC';
      else if (startsSentence(text, tokens, s.tokenStart) && startsLower(lw) && inLowerCase(text, lw)) continue;
    }
    retypeGroups(text, tokens, s);
    // "Earth", "Mars": a planet is a place, not a body ("the Sun" stays to the tagger: a newspaper).
    if ((s.type === 'PER' || s.type === 'ORG') && PLANETS.test(s.text)) s.type = 'LOC';
    // A capital or a country is a place, whatever the tagger thought.
    if ((s.type === 'PER' || s.type === 'ORG') && countryOf(s.text) && !s.fixed) s.type = 'LOC';
    // "Dinamo of Russia" tagged as one body: a full name and its home, as when tagged apart.
    if (s.type === 'ORG' && s.tokenEnd - s.tokenStart >= 3 && tokens[s.tokenStart + 1].text === 'of' && wholeName(tokens, spanWith(s, { tokenEnd: s.tokenStart + 1 }))) {
      const home = text.slice(tokens[s.tokenStart + 2].start, s.end);
      if (countryOf(home) || PLACE_LOWER.has(home.toLowerCase())) {
        out.push(spanWith(s, { tokenEnd: s.tokenStart + 1, end: tokens[s.tokenStart].end, text: tokens[s.tokenStart].text }));
        s.tokenStart += 2;
        s.start = tokens[s.tokenStart].start;
        s.text = home;
        s.type = 'LOC';
      }
    }
    const prev = out[out.length - 1];
    // "Security Council" + "of the" + "Russian Federation": one organisation; but "Benetton of
    // Italy" and "Daniels Pharmaceuticals Inc of St. Petersburg" are a full name and its home.
    if (prev && prev.type === 'ORG' && (s.type === 'LOC' || s.type === 'ORG') && /^\s+of\s+(the\s+)?$/.test(text.slice(prev.end, s.start)) && !(s.type === 'LOC' && wholeName(tokens, prev))) {
      prev.end = s.end;
      prev.tokenEnd = s.tokenEnd;
      prev.text = text.slice(prev.start, prev.end);
      continue;
    }
    // A country or a demonym right before a body's name is part of it (country-names.ts).
    if (prev && joinsBody(text, tokens, prev, s)) {
      out.pop();
      s.tokenStart = prev.tokenStart;
      s.start = prev.start;
      s.text = text.slice(s.start, s.end);
    }
    out.push(s);
  }
  return PASSES.reduce((x, pass) => pass(text, tokens, x), out);
}
