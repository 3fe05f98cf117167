// Whether a role is a public office: a minister is an official wherever the article names
// one; a president, a chairman or a director is one only at a public body or for a country,
// since companies, charities and film sets have them as often as governments do.
import type { RoleFinding } from './officials';
import { countryOf } from './lexicon/places';
import { PLACE_NAMES } from './lexicon/cities';

// Organisations whose officers are not public officials: companies, think tanks, universities,
// the press.
const PRIVATE_BODY = /\b(company|co\.?|inc\.?|corp\.?|corporation|ltd\.?|llc|plc|group|institution|institute|foundation|university|college|club|association|partners|holdings|media|news|times|post|journal|magazine|network|airlines?|motors|technologies|systems|capital|research|entertainment|studios?|robotics|aerospace|pharmaceuticals?|therapeutics|biosciences|logistics|electronics|software|semiconductors?|labs|laboratories|solutions|industries|enterprises|ventures|hotels?|resorts|brands|retail)$/i;

/** A president of a company is an executive, not an official. */
export function classify(r: RoleFinding): RoleFinding {
  // "Chief Executive Carrie Lam" of Hong Kong: a territory's head of government.
  if (r.kind === 'private' && /^Chief Executive$/.test(r.role) && r.affiliation && (countryOf(r.affiliation) || PLACE_NAMES.has(r.affiliation))) r.kind = 'public';
  if (r.kind !== 'public') return r;
  const a = r.affiliation;
  // The body's own head word, before "of": "Solid Waste Association of North America" is
  // private, "Ministry of Energy" public.
  const body = a && a.split(/\s+of\s+/)[0];
  if (a && body && PRIVATE_BODY.test(body) && !/\b(state|national|central|public)\b/i.test(a)) r.kind = 'private';
  // Heads that companies, charities and film sets have as often as governments: public only
  // with a public body or a country named ("FBI Director", "director of the CDC", "Chinese
  // Vice President"); "executive director", "festival director" or "vice president" alone
  // are not offices.
  // A capitalised title before a name ("Vice President Joe Biden", "Chairman Schiff") is an office.
  else if ((/\bexecutive\b/i.test(r.role) || (!a && SHARED_HEAD.test(r.role) && !/\p{Lu}/u.test(r.role))) && !(a && (countryOf(a) || PLACE_NAMES.has(a) || PUBLIC_BODY.test(a)))) r.kind = 'private';
  return r;
}

// ... and a lawyer named "attorney" alone or for the defence is in private practice.
const SHARED_HEAD = /(^|\s)(vice[- ]president|chairman|chairwoman|chairperson|chair|director|head|managing director)$|^((defen[cs]e|personal|family|trial|his|her|their) )?attorney$/i;
const PUBLIC_BODY = /\b(ministry|department|government|parliament|senate|congress|assembly|council|commission|committee|agency|authority|bureau|office|police|army|navy|military|forces|court|party|embassy|administration|cabinet|state|national|federal|central|public|city|county|municipal|nations|union)\b/i;
