// Where a name stands, beyond its own words: in a dateline, in a sports report, before a
// noun it only qualifies, before "of" and its home. Used by the span corrections (postprocess.ts).
import { newSpan, type Span } from './span';
import type { Token } from './tokenize';
import { DEMONYMS, countryOf } from './lexicon/places';
import { PLACE_LOWER } from './lexicon/cities';
import { PEOPLES } from './lexicon/peoples';
import { ORG_HEAD, GEO_HEAD, COMMON, MONTHS, LEGAL_FORM } from './name-facts';
import { startsUpper } from './chars';
import { PUBLIC_HEAD, PRIVATE_HEAD } from './lexicon/titles';

// Religious adjectives the peoples list leaves out (it has Jewish, Muslim, Catholic, Sunni...).
const RELIGIOUS = new Set(['islamic', 'islamist', 'christian', 'roman', 'orthodox', 'shi\'ite']);

/** "Yugoslav", "Iraqi Kurdish", "Hong Kong-listed": words that qualify a noun, never its name. */
export function qualifier(tokens: Token[], s: Span): boolean {
  if (/^\S+-(listed|based|owned|run|backed|led)$/.test(tokens[s.tokenEnd - 1].text)) return true;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const w = tokens[k].text.toLowerCase();
    if (!(DEMONYMS.has(w) || PEOPLES.has(w) || RELIGIOUS.has(w))) return false;
  }
  return true;
}

/**
 * What follows a dateline's place on its line: its region or country, a date, then the agency
 * or a dash ("LOS ANGELES (AP) —", "NICE, France 1996-08-30", "GENEVA, Dec 3 (Reuters) -").
 */
const DATELINE_REST = /^(?:[ \t]*,[ \t]*\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)?(?:[ \t]*,?[ \t]*(?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}|\d{4}-\d\d-\d\d))?[ \t]*(?:\((?:\p{Lu}[\p{L}.]{1,12}|\p{Lu}{2,5}(?: \p{Lu}{2,5})?)\)|[—–]|-{1,2}(?=\s)|\d{4}-\d\d-\d\d)/u;

/**
 * A line opening with the place it was written in: a known place before a dateline's rest, or
 * any name in capitals followed by a country, a date or an agency (not a dash alone: "RUGBY
 * UNION - RESULTS" is a headline).
 */
export function dateline(text: string, s: Span): boolean {
  if (!(s.start === 0 || text[s.start - 1] === '\n')) return false;
  const m = DATELINE_REST.exec(text.slice(s.end, s.end + 60));
  if (!m) return false;
  if (PLACE_LOWER.has(s.text.toLowerCase()) || countryOf(s.text)) return true;
  return !/\p{Ll}/u.test(s.text) && /[,(\d]/.test(m[0]);
}

/** The last word of a body's name that no place's name ends with ("West Bank", "Soviet Union" do). */
export const BODY_HEAD = /\b(court|police|league|council|ministry|committee|commission|party|federation|association|university|college|agency|authority|department|army|navy|institute|foundation|company|corporation|group|club|co|corp|inc|ltd|llc|plc|herald|tribune|gazette|chronicle|telegraph|courier|inquirer|examiner|times|journal|newsroom|newsdesk|desk)\.?$/i;

/** Words that make a name's head generic, so "of" and a place may still be part of it. */
const GENERIC_HEAD = /^(church|republic|kingdom|government|embassy|parliament|assembly|house|chamber|state|states|emirate|province|city|court|people|friends|sisters|brothers|daughters|sons|order|knights|diocese|archdiocese|patriarchate|club|bank)$/i;

/**
 * A name complete in itself: it ends in a legal form, or is one word that is neither a generic
 * head nor an acronym ("PGA of America" is one name).
 */
export function wholeName(tokens: Token[], s: Span): boolean {
  const last = tokens[s.tokenEnd - 1].text;
  if (LEGAL_FORM.test(last)) return true;
  return s.tokenEnd - s.tokenStart === 1 && !GENERIC_HEAD.test(last) && !ORG_HEAD.test(last) && !/^\p{Lu}{2,}$/u.test(last);
}

// Words that make an article a sports report (two of the strong ones, and one word in a
// hundred of either list), where a city the tagger called an organisation is a team
// ("homered for Cleveland", "Texas's lead over Seattle").
const STRONG = new Set(['baseball', 'soccer', 'cricket', 'rugby', 'basketball', 'hockey', 'innings', 'inning', 'homer', 'homered', 'homers', 'pitcher', 'touchdown', 'touchdowns', 'quarterback', 'goalkeeper', 'goalie', 'striker', 'midfielder', 'linebacker', 'cornerback', 'interception', 'interceptions', 'tackles', 'wicket', 'wickets', 'batsman', 'playoff', 'playoffs', 'halftime', 'half-time', 'overtime', 'rebounds', 'standings', 'referee', 'penalties']);
const SPORT_WORDS = new Set([...STRONG, 'football', 'tennis', 'golf', 'pitched', 'defender', 'penalty', 'unbeaten', 'season', 'coach', 'scored', 'goals', 'points', 'match', 'game', 'games', 'league', 'seed', 'seeded', 'tournament', 'championship', 'lap', 'laps']);
// A wire headline that opens with its sport: "SOCCER - LEADING FRENCH LEAGUE SCORERS".
const SPORT_HEADLINE = /^\s*(?:SOCCER|FOOTBALL|TENNIS|CRICKET|BASEBALL|BASKETBALL|RUGBY(?: UNION| LEAGUE)?|GOLF|CYCLING|MOTOR RACING|MOTORCYCLING|ATHLETICS|HORSE RACING|BOXING|ICE HOCKEY|SQUASH|SWIMMING|ROWING|SKIING|AUSTRALIAN RULES|BADMINTON|VOLLEYBALL|HANDBALL|FORMULA ONE)(?:-[A-Z]+)?\s+-\s/i;
let sportsOf: string | null = null;
let sports = false;

/** Lines of a results table: "Kansas City 4 Minnesota 1". */
function scoreLines(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/^\p{Lu}[\p{L} .'’()-]{1,40} \d{1,3} \p{Lu}[\p{L} .'’()-]{1,40} \d{1,3}\b/gmu)) if (++n >= 3) break;
  return n;
}

/** The article is a sports report: two strong sports words and one word in a hundred; or a results table. */
export function sportsArticle(text: string, tokens: Token[]): boolean {
  if (sportsOf !== text) {
    sportsOf = text;
    const seen = new Set<string>();
    let strong = 0;
    let count = 0;
    for (const t of tokens) {
      const c = t.text.charCodeAt(0) | 32;
      if (c < 97 || c > 122 || t.text.length < 3) continue;
      const w = t.text.toLowerCase();
      if (SPORT_WORDS.has(w)) {
        if (STRONG.has(w) && !seen.has(w)) strong++;
        seen.add(w);
        count++;
      }
    }
    sports = (strong >= 2 && count * 100 >= tokens.length) || scoreLines(text) >= 3 || SPORT_HEADLINE.test(text.slice(0, 80));
  }
  return sports;
}

// Words that a team, and not its city, stands beside: "a win over Bradford", "champions Milan",
// "Barcelona beat Atletico", "a Milan substitute" ("Bradford v Barnsley" is fixtures.ts).
const TEAM_BEFORE = new Set(['for', 'over', 'against', 'beat', 'champions', 'holders']);
const TEAM_AFTER = new Set(['striker', 'forward', 'midfielder', 'defender', 'goalkeeper', 'pitcher', 'manager', 'coach', 'captain', 'quarterback', 'fans', 'beat', 'substitute', 'skipper', 'supporters', 'squad']);

/**
 * In a sports report, a city read as a place that stands for its team: "a homer for Seattle",
 * "the lead over Texas", "Norwich striker Keith Oldman", "Atlanta's Tom Glavin".
 */
export function teamInSportsReport(text: string, tokens: Token[], s: Span): boolean {
  const prev = tokens[s.tokenStart - 1]?.text.toLowerCase() ?? '';
  const next = tokens[s.tokenEnd]?.text ?? '';
  const after = tokens[s.tokenEnd + 1]?.text ?? '';
  const team = TEAM_BEFORE.has(prev) || TEAM_AFTER.has(next.toLowerCase()) || (/^['’]s$/.test(next) && /^\p{Lu}\p{Ll}/u.test(after) && !TEAM_AFTER.has(after.toLowerCase()));
  return team && sportsArticle(text, tokens);
}

/** In a sports report, any place but a nation followed by its score ("Warwickshire 195",
 * "Surrey 82-0") is a team: the score is what the side made. */
export function scoredInSportsReport(text: string, tokens: Token[], s: Span): boolean {
  const next = tokens[s.tokenEnd]?.text ?? '';
  // "edged Austria in Salzburg 3-2": where the match was played.
  const prev = tokens[s.tokenStart - 1]?.text;
  if (prev === 'in' || prev === 'at') return false;
  return /^\d{1,3}(-\d{1,3})?$/.test(next) && !/^\s*\n/.test(text.slice(s.end, tokens[s.tokenEnd].start)) && sportsArticle(text, tokens);
}

/** Titles that news puts before a bare surname ("President-elect Trump", "Chancellor Merz"). */
const SURNAME_TITLES = new Set('president president-elect premier chancellor governor mayor senator congressman congresswoman minister secretary ambassador judge king queen prince princess pope sheikh ayatollah admiral colonel commissioner prosecutor sheriff speaker'.split(' '));

/**
 * "President-elect Trump relied on...": a capitalised word the tagger left untagged right after
 * a title is the title-holder's name, unless it is itself a title, a place, a body's head or an
 * ordinary word, or stands in a run of capitals (a headline). The title, if tagged alone as a
 * name ("President-elect" as MISC), gives way; so does a MISC span of the title and the name.
 */
export function namedAfterTitle(text: string, tokens: Token[], spans: Span[]): Span[] {
  const owner = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, k) => owner.fill(k, s.tokenStart, s.tokenEnd));
  const added: Span[] = [];
  const dropped = new Set<number>();
  for (let i = 1; i < tokens.length - 1; i++) {
    const w = tokens[i].text;
    if (owner[i] >= 0 || !startsUpper(w)) continue;
    // "President-elect" may be one token or three.
    const a = i >= 3 && tokens[i - 1].text === 'elect' && tokens[i - 2].text === '-' ? i - 3 : i - 1;
    if (!startsUpper(tokens[a].text)) continue;
    const title = text.slice(tokens[a].start, tokens[i - 1].end);
    if (!/^\p{Lu}\p{Ll}+$/u.test(w) || !SURNAME_TITLES.has(title.toLowerCase())) continue;
    if (text.slice(tokens[i - 1].end, tokens[i].start) !== ' ' || /^\p{Lu}/u.test(tokens[i + 1].text)) continue;
    if (plainWord(w)) continue;
    const t = owner[i - 1];
    if (t >= 0 && (spans[t].type !== 'MISC' || spans[t].tokenStart !== a || spans[t].tokenEnd !== i)) continue;
    if (t >= 0) dropped.add(t);
    added.push(newSpan('PER', i, i + 1, tokens[i].start, tokens[i].end, w));
  }
  // "President-elect Trump" tagged as one MISC: the title, then the name.
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k];
    const i = sp.tokenStart + 1;
    if (sp.type !== 'MISC' || sp.tokenEnd - sp.tokenStart < 2 || !SURNAME_TITLES.has(tokens[sp.tokenStart].text.toLowerCase()) || !/^\p{Lu}/u.test(tokens[sp.tokenStart].text)) continue;
    const rest = tokens.slice(i, sp.tokenEnd);
    if (rest.length > 3 || !rest.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !plainWord(t.text))) continue;
    dropped.add(k);
    added.push(newSpan('PER', i, sp.tokenEnd, tokens[i].start, sp.end, text.slice(tokens[i].start, sp.end)));
  }
  if (!added.length) return spans;
  return [...spans.filter((_, k) => !dropped.has(k)), ...added].sort((a, b) => a.start - b.start);
}

/** A title, a place, a body's head or an ordinary word: not a title-holder's name. */
function plainWord(w: string): boolean {
  const lw = w.toLowerCase();
  return PUBLIC_HEAD.has(lw) || PRIVATE_HEAD.has(lw) || COMMON.has(lw) || MONTHS.has(lw) || !!countryOf(w) || PLACE_LOWER.has(lw) || ORG_HEAD.test(w) || GEO_HEAD.test(w);
}
