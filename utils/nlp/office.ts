// Whether a role is a public office: a minister is an official wherever the article names
// one; a president, a chairman or a director is one only at a public body or for a country,
// since companies, charities and film sets have them as often as governments do.
import type { RoleFinding } from './officials';
import { countryOf } from './lexicon/places';
import { PLACE_NAMES } from './lexicon/cities';
import { BUSINESS_FORMS } from './lexicon/companies';
import { ORG_FORMS } from './lexicon/organisations';

// Organisations whose officers are not public officials: companies, think tanks, universities,
// the press.
const PRIVATE_BODY = /\b(company|co\.?|inc\.?|corp\.?|corporation|ltd\.?|llc|plc|group|institution|institute|foundation|university|college|club|association|partners|holdings|media|news|times|post|journal|magazine|network|airlines?|motors|technologies|systems|capital|securities|equities|investments|advisors|advisers|consulting|consultancy|asset management|research|entertainment|studios?|robotics|aerospace|pharmaceuticals?|therapeutics|biosciences|logistics|electronics|software|semiconductors?|labs|laboratories|solutions|industries|enterprises|ventures|hotels?|resorts|brands|retail)$/i;

/** Public office or private position, from the role and the body or place it is held at. */
export function classify(r: RoleFinding): RoleFinding {
  const a = r.affiliation;
  const atPlace = !!a && (!!countryOf(a) || PLACE_NAMES.has(a));
  // "Chief Executive Carrie Lam" of Hong Kong: a territory's head of government.
  if (r.kind === 'private' && r.role === 'Chief Executive' && atPlace) r.kind = 'public';
  if (r.kind !== 'public') return r;
  // The title itself, without what it is of ("co-director" of "co-director of MIT's Lorenz Center").
  const headPart = r.role.split(/\s+(?:of|at|for)\s+/)[0];
  // The body's own head word, before "of": "Solid Waste Association of North America" is
  // private, "Ministry of Energy" public.
  if (a && (PRIVATE_BODY.test(a.split(/\s+of\s+/)[0]) || CAMPAIGN.test(a) || BUSINESS_FORMS.has(a.replace(/^the\s+/i, ''))) && !/\b(state|national|central|public)\b/i.test(a)) r.kind = 'private';
  // Heads that companies, charities and film sets have as often as governments are public only
  // at a public body or a place ("FBI Director", "director of the CDC", "Chinese Vice
  // President"): an "executive" role, or a lower-case "festival director" or "vice president"
  // with nothing named, is not an office. A capitalised title before a name ("Vice President
  // Joe Biden", "Chairman Schiff") is.
  // So is a lower-case shared head at a body not known to be public ("vice president of Con
  // Edison", "co-director of MIT's Lorenz Center"): an agency's acronym or a body of the
  // gazetteer that is not a business counts as public.
  else if ((/\bexecutive\b/i.test(r.role) || (SHARED_HEAD.test(headPart) && !/\p{Lu}/u.test(headPart) && !(a && knownPublic(a)))) && !(atPlace || (a && PUBLIC_BODY.test(a)) || PUBLIC_BODY.test(r.role.slice(headPart.length)))) r.kind = 'private';
  return r;
}

// A body named for a cause ("Committee for a Responsible Federal Budget", "Committee to Protect
// Journalists"): an advocacy group, where a public committee is named for its remit ("on").
const CAMPAIGN = /^(the\s+)?(committee|council|coalition|campaign|cent(er|re))\s+(for\s+an?|to)\s/i;

const knownPublic = (a: string): boolean => {
  const name = a.replace(/^the\s+/i, '');
  return (/^\p{Lu}{2,6}$/u.test(name) || ORG_FORMS.has(name)) && !BUSINESS_FORMS.has(name);
};

// Heads shared with companies; and a lawyer named "attorney" alone or for the defence, who is
// in private practice ("district attorney" is not matched).
const SHARED_HEAD = /(^|[\s-])(vice[- ]president|chairman|chairwoman|chairperson|chair|director|head|managing director)$|^((defen[cs]e|personal|family|trial|his|her|their) )?attorney$/i;
const PUBLIC_BODY = /\b(ministry|department|government|parliament|senate|congress|assembly|council|commission|committee|agency|authority|bureau|office|police|army|navy|military|forces|court|party|embassy|administration|cabinet|state|national|federal|central|public|city|county|municipal|nations|union)\b/i;
