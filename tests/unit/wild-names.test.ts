import { describe, it, expect } from 'vitest';
import { analyzeText } from '@/utils/analyze';
import { tokenize } from '@/utils/nlp/tokenize';
import { postprocess } from '@/utils/nlp/postprocess';
import type { Span } from '@/utils/nlp/tagger';

// Mistakes first seen on real news pages (roles given to the wrong person, titles and
// adjectives read as bodies), each in a sentence written for the test. Where the tagger does
// not make the mistake on a short sentence, the span is given as it made it on the page.
const analyse = (text: string) => analyzeText({ text: 'Harbour news\n\n' + text, meta: {} });
const orgs = (text: string) => analyse(text).organisations.map((o) => o.name);
const person = (text: string, name: string) => analyse(text).people.find((p) => p.name === name);

/** postprocess() on spans given by their text, as the tagger made them. */
function fixAll(text: string, given: [Span['type'], string][]): string[] {
  const { tokens } = tokenize(text);
  const spans = given.map(([type, name]) => {
    const start = text.indexOf(name);
    const end = start + name.length;
    return { type, start, end, tokenStart: tokens.findIndex((t) => t.start === start), tokenEnd: tokens.findIndex((t) => t.end === end) + 1, text: name };
  });
  return postprocess(text, tokens, spans).map((s) => s.type + ':' + s.text);
}
const fix = (text: string, type: Span['type'], name: string) => fixAll(text, [[type, name]]);

describe('roles on real pages', () => {
  it('gives a title followed by a name to that name, not to the name before the comma', () => {
    const text = 'In a letter addressed to Ingrid Solberg, Latvian Prime Minister Arvids Kalns asked for more ships.';
    expect(person(text, 'Ingrid Solberg')?.role ?? '').toBe('');
    expect(person(text, 'Arvids Kalns')?.role).toBe('Prime Minister');
  });
  it('keeps film directors and executive directors out of the officials', () => {
    expect(person('The film was made by director Lena Vos, who grew up by the harbour.', 'Lena Vos')?.official).toBe(false);
    expect(person('Mark Olsen, executive director of the Clean Harbour Association of Northern Europe, said the port was safe.', 'Mark Olsen')?.official).toBe(false);
    expect(person('Tove Rask, president of Nordvik Entertainment, said the festival would go ahead.', 'Tove Rask')?.official).toBe(false);
    expect(person('Estonian Prime Minister Arvids Kalns said the port was safe.', 'Arvids Kalns')?.official).toBe(true);
    expect(person('The plan was backed by former Vice President Tomas Varga and the harbour board.', 'Tomas Varga')?.official).toBe(true);
  });
  it('reads a demonym of two words as the affiliation', () => {
    const p = person('The names would be written as for Chinese President Xi Jinping and South Korean President Moon Jae-in, the minister said.', 'Moon Jae-in');
    expect([p?.role, p?.affiliation]).toEqual(['President', 'South Korea']);
  });
  it('takes a territory’s Chief Executive for an official', () => {
    expect(person('Hong Kong Chief Executive Ada Leung said the harbour would reopen.', 'Ada Leung')?.official).toBe(true);
  });
  it('reads "under" before a title as a preposition, and a lawyer as a private attorney', () => {
    expect(person('Kask served under former President Tomas Varga for six years.', 'Tomas Varga')?.role).toBe('former President');
    expect(person('The captain was represented by his attorney, Mark Olsen, at the harbour court.', 'Mark Olsen')?.official).toBe(false);
  });
  it('leaves a lower-case role before a linked title to its own holder', () => {
    const text = 'Ilse Marten, a senior harbour policy aide to Vice President Tomas Varga, said the ships would stay.';
    expect(person(text, 'Tomas Varga')?.role).toBe('Vice President');
  });
});

describe('names on real pages', () => {
  it('keeps an Arabic article joined to a surname inside the name', () => {
    expect(fix('Later on Friday, rebel leader Yusuf Karim al-Masri said the port was quiet.', 'PER', 'Yusuf Karim')).toEqual(['PER:Yusuf Karim al-Masri']);
  });
  it('splits a person’s possession off a body', () => {
    const text = 'Greg Halvorsen wrote the harbour guide. Halvorsen’s Wikipedia page lists it.';
    const { tokens } = tokenize(text);
    const span = (name: string, type: Span['type'], from = 0): Span => {
      const start = text.indexOf(name, from);
      const end = start + name.length;
      return { type, start, end, tokenStart: tokens.findIndex((t) => t.start === start), tokenEnd: tokens.findIndex((t) => t.end === end) + 1, text: name };
    };
    const out = postprocess(text, tokens, [span('Greg Halvorsen', 'PER'), span('Halvorsen’s Wikipedia', 'ORG', 20)]).map((s) => s.type + ':' + s.text);
    expect(out).toContain('ORG:Wikipedia');
    expect(out).not.toContain('ORG:Halvorsen’s Wikipedia');
  });
  it('ends a person at a possessive', () => {
    expect(fix('The phone came out of Greg Halvorsen’s Human Interface team.', 'PER', 'Greg Halvorsen’s Human Interface')).toEqual(['PER:Greg Halvorsen']);
  });
  it('reads what a role is held at, and what takes "which", as a body', () => {
    const text = 'The chief executive of Nordvik Water has stepped down. Nordvik Water, which supplies the city, has struggled with leaks.';
    expect(fix(text, 'PER', 'Nordvik Water')).toEqual(['ORG:Nordvik Water']);
    expect(orgs(text)).toContain('Nordvik Water');
  });
  it('joins a remit in two parts', () => {
    expect(orgs('The rule announced by Housing and Harbour Development Department would close the shelters.')).toContain('Housing and Harbour Development Department');
  });
});

describe('what is not a body', () => {
  it('does not take a title alone for a body', () => {
    expect(fix('She spoke at an event with Tallinn Mayor Jenny Dorn.', 'ORG', 'Mayor')).toEqual([]);
  });
  it('leaves "acting" to the role and a lower-case word out of the name', () => {
    expect(fix('Acting Department of Harbour Security Secretary Ilse Marten testifies.', 'ORG', 'Acting Department of Harbour Security')).toEqual(['ORG:Department of Harbour Security']);
    expect(fix('The FAA doesn’t know yet.', 'ORG', 'FAA doesn’t')).toEqual(['ORG:FAA']);
  });
  it('ends a company at its legal form and before a date', () => {
    expect(fix('Nordvik Packing Co. of Aurora recalled the beef.', 'ORG', 'Nordvik Packing Co. of Aurora')).toEqual(['ORG:Nordvik Packing Co.']);
    expect(fix('The Harbour Times in May reported the sale.', 'ORG', 'Harbour Times in May')).toEqual(['ORG:Harbour Times']);
  });
  it('does not take acronyms of things, plurals or "-based" adjectives for bodies', () => {
    const found = orgs('Sales of ACs doubled, and an AC now costs less than a TV. The Tallinn-based firm sells AI tools in the post-Nordvik market at 10am EST.');
    for (const w of ['AC', 'ACs', 'TV', 'AI', 'Tallinn-based', 'post-Nordvik', 'EST']) expect(found).not.toContain(w);
    expect(fix('A New Delhi-based company makes them.', 'ORG', 'New Delhi-based')).toEqual([]);
    // An acronym of no list, known for a thing only because the text counts it.
    expect(fix('The RHIB left at dawn. Each port has two RHIBs.', 'ORG', 'RHIB')).toEqual([]);
    expect(fix('The RHIB Authority left at dawn.', 'ORG', 'RHIB')).toEqual(['ORG:RHIB']);
  });
  it('drops styles of address, days named like holidays and acronyms of devices', () => {
    expect(fix('The motion was moved by Rt. Hon. Baldur Kask on Friday.', 'ORG', 'Rt. Hon.')).toEqual([]);
    expect(fix('The motion was moved by Hon. Baldur Kask on Friday.', 'PER', 'Hon. Baldur Kask')).toEqual(['PER:Baldur Kask']);
    expect(fix('Prices fell on Black Friday at the harbour shops.', 'ORG', 'Black')).toEqual([]);
    expect(orgs('The laptop has two HDMI ports and a USB-C port.')).toEqual([]);
    expect(fix('The ticket costs Rs 500 at the harbour.', 'ORG', 'Rs')).toEqual([]);
    expect(fix('The team planned the landing on Earth for March.', 'ORG', 'Earth')).toEqual(['LOC:Earth']);
    expect(fix('“Thank God it held,” said the captain.', 'PER', 'God')).toEqual([]);
    expect(fix('The AP Photo desk sent the picture.', 'ORG', 'AP Photo')).toEqual(['ORG:AP']);
    expect(fix('The fish carried the Certified Harbour Catch label on its box.', 'ORG', 'Certified Harbour Catch')).toEqual([]);
  });
  it('drops an ad label between paragraphs', () => {
    expect(orgs('The harbour reopened on Friday after the storm.\n\nAdChoices\n\nShips queued outside the port for hours.')).not.toContain('AdChoices');
  });
});

describe('names in sports and business reports', () => {
  const baseball = 'Lindqvist homered twice for Cleveland in the seventh inning. The pitcher said the playoffs were close and the season long.';
  it('keeps a city the tagger called an organisation as a team in a sports report, and a place elsewhere', () => {
    expect(fix(baseball, 'ORG', 'Cleveland')).toEqual(['ORG:Cleveland']);
    expect(fix('CLEVELAND (AP) — ' + baseball, 'ORG', 'CLEVELAND')).toContain('LOC:CLEVELAND');
    expect(fix('The mayor of Cleveland said the budget for the new season of concerts was safe.', 'ORG', 'Cleveland')).toEqual(['LOC:Cleveland']);
  });
  it('reads a demonym or a religion before "news agency" or "group" as a qualifier, not a name', () => {
    expect(fix('The Latvian news agency Leta said the port was closed.', 'MISC', 'Latvian')).toContain('MISC:Latvian');
    expect(fix('An Islamic group said it had sent the letter.', 'MISC', 'Islamic')).toEqual(['MISC:Islamic']);
    expect(fix('It is a Hong Kong-listed company with ships in the Baltic.', 'MISC', 'Hong Kong-listed')).toEqual(['MISC:Hong Kong-listed']);
    expect(fix('The Harbour Tenants group said rents had doubled.', 'MISC', 'Harbour Tenants')).toEqual(['ORG:Harbour Tenants']);
  });
  it('does not make a competition a body because "group" and a number follow it', () => {
    expect(fix('Latvia lost their Nations Cup group four qualifier in Riga.', 'MISC', 'Nations Cup')).toEqual(['MISC:Nations Cup']);
  });
  it('leaves a league the tagger read as a competition as it is in a sports report', () => {
    expect(fix('Hansen leads the Northern League in goals this season: the striker scored twice before halftime.', 'MISC', 'Northern League')).toEqual(['MISC:Northern League']);
    expect(fix('The Northern League said the port must stay open.', 'MISC', 'Northern League')).toEqual(['ORG:Northern League']);
    expect(fix('Hansen leads the Northern Association in goals this year.', 'MISC', 'Northern Association')).toEqual(['ORG:Northern Association']);
  });
  it('keeps a full name apart from the country after "of", and joins a generic head to it', () => {
    expect(fixAll('Norrvik of Sweden beat Tallinn 3-1.', [['ORG', 'Norrvik'], ['LOC', 'Sweden']])).toEqual(['ORG:Norrvik', 'LOC:Sweden']);
    expect(fixAll('It bought Kalns Shipping Inc of Latvia last year.', [['ORG', 'Kalns Shipping Inc'], ['LOC', 'Latvia']])).toEqual(['ORG:Kalns Shipping Inc', 'LOC:Latvia']);
    expect(fixAll('The Central Bank of Latvia raised rates.', [['ORG', 'Central Bank'], ['LOC', 'Latvia']])).toEqual(['ORG:Central Bank of Latvia']);
    expect(fixAll('The LSF of Latvia named a coach.', [['ORG', 'LSF'], ['LOC', 'Latvia']])).toEqual(['ORG:LSF of Latvia']);
  });
  it('reads a city as its team after "for" or "over", or before a player, only in a sports report', () => {
    expect(fix(baseball + ' Karlsson homered for Denver in the eighth.', 'LOC', 'Denver')).toEqual(['ORG:Denver']);
    expect(fix('The senator flew home for Denver in the morning and the season of talks went on.', 'LOC', 'Denver')).toEqual(['LOC:Denver']);
  });
  it('reads a dateline as the place it was written in, and a place named for a body as the body', () => {
    expect(fix('TACOMA, Washington (AP) — ' + baseball, 'ORG', 'TACOMA')).toContain('LOC:TACOMA');
    expect(fix('NORRVIK, Sweden 2026-03-01\nThe port opened.', 'ORG', 'NORRVIK')).toEqual(['LOC:NORRVIK']);
    expect(fix('HARBOUR UNION - RESULTS OF THE WEEK', 'ORG', 'HARBOUR UNION')).toEqual(['ORG:HARBOUR UNION']);
    expect(fix('A spokesman for the Municipal Police said the port was closed.', 'LOC', 'Municipal Police')).toEqual(['ORG:Municipal Police']);
  });
  it('cuts a name at a verb, a bracket it never closes or a slash, but not at its own small words', () => {
    expect(fix('Anders Berg of Norrvik City joins Lars Holm up front.', 'ORG', 'Norrvik City joins Lars Holm')).toEqual(['ORG:Norrvik City']);
    expect(fix('Harbour Front ( Party of the Sea ) gunmen fired.', 'ORG', 'Harbour Front ( Party of the Sea')).toEqual(['ORG:Harbour Front']);
    expect(fix('Prime Minister Kengo wa Dondo spoke.', 'PER', 'Kengo wa Dondo')).toEqual(['PER:Kengo wa Dondo']);
    expect(fix('The Bank of Latvia spoke.', 'ORG', 'Bank of Latvia')).toEqual(['ORG:Bank of Latvia']);
  });
  it('splits a full name and its home tagged as one body', () => {
    expect(fix('Norrvik of Sweden beat Tallinn 3-1.', 'ORG', 'Norrvik of Sweden')).toEqual(['ORG:Norrvik', 'LOC:Sweden']);
  });
  it('keeps the closing bracket of a club named with its town, and drops lower-case ends of a thing', () => {
    expect(fix('Zemun 2 Mladost ( L ) 1', 'ORG', 'Mladost ( L )')).toEqual(['ORG:Mladost ( L )']);
    expect(fix('The Harbour Regatta of the summer was cancelled.', 'MISC', 'Harbour Regatta of the')).toEqual(['MISC:Harbour Regatta']);
  });
});
