// Titles and roles, as facts about how news writes them. A role is a run of these words
// around a name ("Russian Security Council Secretary", "special envoy", "director-general of
// the Institute of Japanese Studies"). Heads mark the end of a role; modifiers may precede.

/** Role heads held in public office: a person presented with one of these is an official. */
const PUBLIC_HEADS = `president premier minister secretary chancellor spokesman spokeswoman spokesperson
ambassador envoy diplomat consul governor mayor senator congressman congresswoman congressperson
representative lawmaker legislator mp deputy speaker chairman chairwoman chair chairperson
director-general commissioner commander general admiral colonel lieutenant major captain sergeant
marshal officer chief king queen prince princess emperor monarch sultan emir sheikh ayatollah
leader prosecutor attorney-general attorney judge justice magistrate sheriff councillor councilor
councilman councilwoman alderman ombudsman regulator negotiator adviser advisor aide attache
delegate head director governor-general viceroy taoiseach tanaiste counsellor undersecretary
under-secretary vice-president vice-premier vice-chairman vice-minister inspector superintendent
commissar chancellor-elect president-elect premier-elect mayor-elect governor-elect pm counterpart`;

/** Role heads that are not public office: the person keeps the role but is not an official. */
const PRIVATE_HEADS = `ceo cfo coo cto executive founder co-founder owner investor analyst economist
professor lecturer researcher scientist expert scholar fellow author writer novelist journalist
reporter correspondent editor columnist commentator photographer producer presenter anchor host
lawyer attorney doctor physician surgeon nurse teacher student coach manager player striker
midfielder defender goalkeeper actor actress singer musician artist
partner strategist consultant activist campaigner`;

/** Callings named before a person ("mountaineer Nirmal Purja"): roles to take off the name, not
 * officials. Kept apart from PRIVATE_HEADS because the tagger was trained with that list as a
 * feature; these are read only after tagging. */
const OCCUPATIONS = `mountaineer climber explorer athlete filmmaker comedian designer architect poet playwright composer
dancer entrepreneur businessman businesswoman billionaire philanthropist historian biologist
physicist chemist astronaut engineer broadcaster blogger rapper guitarist drummer pianist violinist
cellist skier swimmer cyclist sprinter boxer wrestler golfer`;

/** Words that can stand before a head inside a role ("Foreign", "Deputy", "Defence"). */
const MODIFIERS = `foreign defence defense interior finance home justice trade economy economic
health education energy environment culture agriculture transport labour labor commerce industry
security intelligence national state federal prime deputy vice acting former interim first
second senior chief special top assistant associate executive general permanent supreme high rear
military armed naval air army navy police border immigration customs treasury central public
regional provincial local city county district municipal presidential royal crown opposition
party majority minority house senate parliamentary congressional cabinet ministry ministerial
commerce digital science technology sports tourism housing water emergency
homeland veterans attorney solicitor surgeon press information communications culture-ministry
development planning social welfare family women youth ethnic religious affairs relations
international external internal overseas coordination strategic policy human rights
lead joint staff under`;

export const PUBLIC_HEAD = new Set(PUBLIC_HEADS.split(/\s+/));
export const PRIVATE_HEAD = new Set(PRIVATE_HEADS.split(/\s+/).filter((w) => !PUBLIC_HEAD.has(w)));
const OCCUPATION = new Set(OCCUPATIONS.split(/\s+/));
export const ROLE_MODIFIER = new Set(MODIFIERS.split(/\s+/));

/** Honorifics that precede a name but are not a role. */
export const HONORIFICS = new Set(
  'mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady madam monsieur mme herr prof prof. rev rev. fr fr.'.split(' '),
);

/** Abbreviated titles and what they stand for. A Map, not an object: the word "constructor"
 * must not find Object's own. */
const TITLE_ABBREVIATIONS = new Map<string, string>(Object.entries({
  'sen.': 'senator', 'sens.': 'senator', 'rep.': 'representative', 'reps.': 'representative', 'gov.': 'governor', 'lt.': 'lieutenant', 'col.': 'colonel',
  'gen.': 'general', 'maj.': 'major', 'capt.': 'captain', 'sgt.': 'sergeant', 'adm.': 'admiral',
  'pres.': 'president', 'sec.': 'secretary', 'amb.': 'ambassador', 'supt.': 'superintendent',
  'insp.': 'inspector', 'cmdr.': 'commander', 'atty.': 'attorney', 'gov': 'governor', 'sen': 'senator',
  'rep': 'representative', 'gen': 'general', 'col': 'colonel', 'lt': 'lieutenant', 'capt': 'captain',
}));

/** Words joining a role to what it belongs to ("secretary of the Security Council"). */
export const ROLE_LINKS = new Set(['of', 'for', 'to', 'at', 'in', 'on']);

export function headKind(word: string): 'public' | 'private' | null {
  const w = word.toLowerCase();
  const full = TITLE_ABBREVIATIONS.get(w) ?? w;
  if (PUBLIC_HEAD.has(full)) return 'public';
  if (PRIVATE_HEAD.has(full) || OCCUPATION.has(full)) return 'private';
  // "Director-General", "Secretary-General", "Vice-President": judge by the last part.
  const dash = full.indexOf('-');
  if (dash >= 0 && (PUBLIC_HEAD.has(full.slice(full.lastIndexOf('-') + 1)) || PUBLIC_HEAD.has(full.slice(0, dash)))) return 'public';
  return null;
}
