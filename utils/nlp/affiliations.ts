// Affiliations one official takes from another: an envoy from the one who sent them, a title
// joined to an official's name from that official's country.
import type { Person } from '../analysis';
import { personKey, fold } from './identity';
import { countryOf } from './lexicon/places';

/** "Trump's special envoy": the envoy serves the same country as the one who sent them. */
export function resolveAffiliationOf(people: Person[], sentBy: (string | null | undefined)[]): void {
  people.forEach((p, i) => {
    if (p.affiliation) return;
    const of = sentBy[i];
    if (!of) return;
    const owner = people.find((q) => q.key === personKey(of) || q.mentions.some((m) => fold(m.text) === fold(of)));
    p.affiliation = owner?.affiliation ?? countryOf(of) ?? null;
  });
}

/**
 * "Chinese President Xi Jinping and Premier Li Qiang": a title joined by "and" (or a comma) to
 * an official's name, with no country of its own, is of the same country.
 */
export function shareConjoinedAffiliation(text: string, people: Person[]): void {
  const ending = new Map<number, Person>();
  for (const q of people) if (q.official && q.affiliation) for (const m of q.mentions) ending.set(m.end, q);
  for (const p of people) {
    if (!p.official || p.affiliation || !p.role) continue;
    for (const m of p.mentions) {
      const before = text.slice(Math.max(0, m.start - p.role.length - 12), m.start);
      const joined = new RegExp(`(?:,|\\s+and)\\s+(?:the\\s+)?${p.role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+$`, 'i').exec(before);
      const q = joined && ending.get(m.start - joined[0].length);
      if (q) {
        p.affiliation = q.affiliation;
        break;
      }
    }
  }
}
