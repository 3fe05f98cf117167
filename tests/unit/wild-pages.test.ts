import { describe, it, expect } from 'vitest';
import { analyzeText } from '@/utils/analyze';
import { isHidden } from '@/utils/article/hidden';
import { cleanBody } from '@/utils/article/chrome';
import { textScope } from '@/utils/nlp/scope';
import { parseHTML } from 'linkedom';
import { fix, fixAll } from './spans';

// Mistakes seen on a second batch of real news pages (photo credits, bodies named for a cause,
// a desk of an outlet, awards), each in a sentence written for the test. Where the tagger does
// not make the mistake on a short sentence, the span is given as it made it on the page.
const analyse = (text: string) => analyzeText({ text: 'Harbour news\n\n' + text, meta: {} });
const names = (text: string) => {
  const a = analyse(text);
  return { people: a.people.map((p) => p.name), orgs: a.organisations.map((o) => o.name) };
};
const person = (text: string, name: string) => analyse(text).people.find((p) => p.name === name);

describe('photo credits', () => {
  it('reads the photographer before the slash as a person and the agency after "via" as a body', () => {
    const n = names('The harbour at dawn.\nJeon Min-ho/EPA, via Shutterstock\nThe levy passed on Monday.');
    expect(n.people).toContain('Jeon Min-ho');
    expect(n.orgs).toEqual(expect.arrayContaining(['EPA', 'Shutterstock']));
    expect(n.people).not.toContain('Shutterstock');
  });
  it('turns a photographer the tagger called a body into a person', () => {
    expect(fix('Photo: Ashraf Kemal/Agence France-Presse', 'ORG', 'Ashraf Kemal')).toEqual(['PER:Ashraf Kemal', 'ORG:Agence France-Presse']);
  });
  it('leaves an agency before the slash alone, and reads no credit into a sentence', () => {
    expect(fix('REUTERS/Dariusz Lem', 'ORG', 'REUTERS')).toEqual(['ORG:REUTERS']);
    const text = 'The ferry runs between Nordvik Harbour/Port Asel and the island twice a day, the board said in a statement on its website.';
    expect(fixAll(text, [['LOC', 'Nordvik Harbour']])).toEqual(['LOC:Nordvik Harbour']);
  });
  it('leaves out text for screen readers only, which runs into the credit on the page', () => {
    const { document } = parseHTML('<figcaption><span class="visually-hidden">Credit</span><span class="sr-only">Image</span><span class="hidden-xs">Kept</span></figcaption>');
    const [a, b, c] = [...document.querySelectorAll('span')];
    expect([isHidden(a), isHidden(b), isHidden(c)]).toEqual([true, true, false]);
  });
});

describe('bodies and people run together', () => {
  it('splits a body from the honorific and person after its comma', () => {
    expect(fix('In an interview with the BBC, Mr Okafor said the delays were distressing.', 'ORG', 'BBC, Mr Okafor')).toEqual(['ORG:BBC', 'PER:Okafor']);
  });
  it('splits an outlet from its desk for a place ("the Tribune’s Europe editor")', () => {
    expect(fix('The Tribune’s Europe editor Jonas Weil said the board did not sound confident.', 'ORG', 'Tribune’s Europe')).toEqual(['ORG:Tribune', 'LOC:Europe']);
  });
  it('reads a name with a middle initial as a person', () => {
    expect(fix('The chemist and his colleague Tomas K. Lindqvist isolated the gas.', 'ORG', 'Tomas K. Lindqvist')).toEqual(['PER:Tomas K. Lindqvist']);
    expect(fix('She studied at the Charles R. Drew University in the city.', 'ORG', 'Charles R. Drew University')).toEqual(['ORG:Charles R. Drew University']);
  });
  it('reads a name after a kinship word and a comma, or after an occupation, as a person', () => {
    expect(fix('His widow, Marisol Quintero Vega, suffered head injuries.', 'ORG', 'Marisol Quintero Vega')).toEqual(['PER:Marisol Quintero Vega']);
    expect(fix('"I thought a lot about it," Lisbon-based developer Ruben Falcao wrote.', 'ORG', 'Ruben Falcao')).toEqual(['PER:Ruben Falcao']);
  });
});

describe('names of bodies and awards', () => {
  it('keeps "for a" inside a body named for a cause, whose officers are not officials', () => {
    const text = 'Daniel Ostrow, senior policy director at the Committee for a Balanced Harbour Budget, said the levy was fair.';
    expect(names(text).orgs).toContain('Committee for a Balanced Harbour Budget');
    expect(person(text, 'Daniel Ostrow')).toMatchObject({ affiliation: 'Committee for a Balanced Harbour Budget', official: false });
  });
  it('keeps a committee’s remit after "on" when the remit is no body of its own', () => {
    const text = 'As the Joint Committee on Harbour Safety and Security has pointed out, the levy is small.';
    expect(names(text).orgs).toEqual(['Joint Committee on Harbour Safety and Security']);
  });
  it('names no body for an award', () => {
    expect(fix('She was part of the team that won the 2009 Pulitzer Prize for Breaking News.', 'ORG', 'Pulitzer Prize for Breaking News')).toEqual([]);
    expect(fix('The Pulitzer Prize Board met in May.', 'ORG', 'Pulitzer Prize Board')).toEqual(['ORG:Pulitzer Prize Board']);
  });
  it('names no body for a column', () => {
    expect(fix('He writes the Harbour Lives column in the Sunday section.', 'ORG', 'Harbour Lives')).toEqual([]);
  });
});

describe('roles', () => {
  it('gives a person the body their body owns ("co-director of MIT’s Lorenz Center")', () => {
    const p = person('The geophysicist Daniel Ostrow, co-director of Nordvik University’s Harbour Center, was preparing a talk.', 'Daniel Ostrow');
    expect(p?.affiliation).toBe('Nordvik University’s Harbour Center');
  });
  it('reads "X, his secretary, his programmer and ..." as a list, not as X’s title', () => {
    expect(person('Lund, his secretary, his programmer and his students all shared the other office.', 'Lund')?.role ?? '').toBe('');
  });
  it('keeps companies’ spokespeople and lower-case vice presidents out of the officials', () => {
    expect(person('“The aircraft are safe,” said Boeing spokesman Randy Lund.', 'Randy Lund')?.official).toBe(false);
    expect(person('“Water got in,” said Patrick Vos, vice president of Harbour Edison, the utility.', 'Patrick Vos')?.official).toBe(false);
    expect(person('“Water got in,” said Patrick Vos, director of the CDC.', 'Patrick Vos')?.official).toBe(true);
    expect(person('Charles Lund, chairman of the Council of Economic Advisers under Carter, said so.', 'Charles Lund')?.official).toBe(true);
  });
  it('keeps a brokerage’s head of research out of the officials', () => {
    expect(person('“Markets are high,” said Rusmik Lund, Head of Fundamental Research at Nordvik Securities.', 'Rusmik Lund')).toMatchObject({ official: false });
  });
  it('keeps a company’s chief out of the officials', () => {
    expect(person('The company’s chief, Pia Lund, said the ships would sail.', 'Pia Lund')?.official).toBe(false);
  });
});

describe('titles, laws, groups and places', () => {
  it('finds no people or bodies inside a quoted title of a work', () => {
    const text = 'Her sculptures carry titles such as “You Loved Me Like a Distant Star” and “The Kiss Was Beautiful.”';
    expect(fixAll(text, [['PER', 'Me Like'], ['ORG', 'Distant Star'], ['ORG', 'Kiss Was Beautiful']])).toEqual([]);
    expect(fix('Nordvik shocked the world by announcing "Harbour Dash Run," its first phone game.', 'PER', 'Harbour Dash Run')).toEqual([]);
  });
  it('keeps a body that is the whole of a short quotation, and names quoted in speech', () => {
    expect(fix('Das wrote for ‘Mukto Lund’, a website founded by Roy.', 'ORG', 'Mukto Lund')).toEqual(['ORG:Mukto Lund']);
    expect(fix('“I never met Tomas Varga before the vote,” she said.', 'PER', 'Tomas Varga')).toEqual(['PER:Tomas Varga']);
  });
  it('names no body or person for the first words of a law', () => {
    expect(fix('The board backed the new Data Retention Bill on Monday.', 'ORG', 'Retention')).toEqual([]);
    expect(fix('The Sanders Act was passed in 2012.', 'PER', 'Sanders')).toEqual([]);
  });
  it('reads a group named with an Arabic article, or described as a group, as a body', () => {
    expect(fix('Police blamed Jabhat al-Harbour for the attack.', 'PER', 'Jabhat al-Harbour')).toEqual(['ORG:Jabhat al-Harbour']);
    expect(fix('The government outlawed Nordvik Dawn, an extremist organization, in May.', 'PER', 'Nordvik Dawn')).toEqual(['ORG:Nordvik Dawn']);
    expect(fix('Tomas Varga, a former party official, spoke.', 'PER', 'Tomas Varga')).toEqual(['PER:Tomas Varga']);
    expect(fix('Tomas Varga, a member of the group, spoke.', 'PER', 'Tomas Varga')).toEqual(['PER:Tomas Varga']);
  });
  it('leaves the place out of a body’s name ("the Moulin Rouge in Paris"), unless the body is named for a remit', () => {
    expect(fix('The lights of the Moulin Rouge in Paris were lit in 1910.', 'ORG', 'Moulin Rouge in Paris')).toEqual(['ORG:Moulin Rouge']);
    expect(fix('Observers from the Organisation for Security and Cooperation in Europe arrived.', 'ORG', 'Organisation for Security and Cooperation in Europe')).toEqual(['ORG:Organisation for Security and Cooperation in Europe']);
  });
  it('reads the planet as a place, with its possessive too', () => {
    expect(fix('The team measured the Earth’s magnetic field.', 'ORG', 'Earth’s')).toEqual(['LOC:Earth’s']);
  });
});

describe('chrome of a second batch of pages', () => {
  it('leaves out the print edition’s note and a newsletter promotion in brackets', () => {
    const blocks = [
      { kind: 'paragraph' as const, text: '[What you need to know to start the day: Get Harbour Today in your inbox.]', linked: 0 },
      { kind: 'paragraph' as const, text: 'The ferry levy passed on Monday after a long debate in the harbour board, members said.', linked: 0 },
      { kind: 'paragraph' as const, text: 'A version of this article appears in print on , on Page A22 of the Harbour edition with the headline: Under the Quay, A Battle Against Rust.', linked: 0 },
    ];
    expect(cleanBody(blocks).map((b) => b.text)).toEqual([blocks[1].text]);
    const text = 'Levy passes\nThe ferry levy passed on Monday after a long debate in the harbour board, members said.\nA version of this article appears in print on Page A22 with the headline: Under the Quay.';
    expect(textScope(text).map((r) => text.slice(r.start, r.end))).toEqual(['Levy passes', 'The ferry levy passed on Monday after a long debate in the harbour board, members said.']);
  });
});

describe('a third batch: bodies, events and things', () => {
  it('reads "the ... Executive" as a body, joining the words before "and"', () => {
    expect(fix('The Health and Safety Executive said it was investigating.', 'PER', 'Safety Executive')).toEqual(['ORG:Health and Safety Executive']);
    expect(fixAll('Police and the Health and Safety Executive are investigating.', [['MISC', 'Health'], ['ORG', 'Safety Executive']])).toEqual(['ORG:Health and Safety Executive']);
    expect(fix('Disney Chief Executive Bob Iger spoke.', 'ORG', 'Disney Chief Executive')).toEqual(['ORG:Disney']);
  });
  it('names nothing for a numbered part, an exam, an amendment or an uprising', () => {
    expect(fix('The most pirated programme was Season 7 of the show.', 'ORG', 'Season')).toEqual([]);
    expect(fix('He took the ACT twice.', 'ORG', 'ACT')).toEqual([]);
    expect(fix('The ruling would violate the First Amendment, she said.', 'ORG', 'First Amendment')).toEqual(['MISC:First Amendment']);
    expect(fix('The protests of the Arab Spring reached the port.', 'ORG', 'Arab Spring')).toEqual(['MISC:Arab Spring']);
  });
  it('reads an airline named with "Air" as a body', () => {
    expect(fix('He founded Nordvik Air in 1979.', 'PER', 'Nordvik Air')).toEqual(['ORG:Nordvik Air']);
  });
  it('keeps "for the" inside a body named for a remit', () => {
    expect(fixAll('Inga Lund of the International Centre for the Study of Harbours said so.', [['PER', 'Inga Lund'], ['ORG', 'International Centre'], ['ORG', 'Study of Harbours']])).toEqual(['PER:Inga Lund', 'ORG:International Centre for the Study of Harbours']);
  });
  it('splits a body and a person the tagger joined with "and"', () => {
    const n = names('Kudos to The New York Times and Nathaniel Rich for publishing the long piece on the harbour.');
    expect([n.people, n.orgs]).toEqual([['Nathaniel Rich'], ['New York Times']]);
    // Neither part known: the given name alone says where the person starts.
    expect(fix('Kudos to the Harbour Courier and Nathaniel Lund for the piece.', 'ORG', 'Harbour Courier and Nathaniel Lund')).toEqual(['ORG:Harbour Courier', 'PER:Nathaniel Lund']);
  });
});

describe('sects, peoples and plurals', () => {
  it('takes a sect off a body’s name, and reads two words of peoples as a group', () => {
    expect(fix('Forces fought Shiite Houthi rebels near the port.', 'ORG', 'Shiite Houthi')).toEqual(['ORG:Houthi']);
    expect(fix('The mosque is used by Sunni Muslims from the valley.', 'ORG', 'Sunni Muslims')).toEqual(['MISC:Sunni Muslims']);
    expect(fix('She studied Sharia at the seminary.', 'ORG', 'Sharia')).toEqual(['MISC:Sharia']);
    expect(fix('The North Koreans said the talks would go ahead.', 'ORG', 'North Koreans')).toEqual(['MISC:North Koreans']);
  });
  it('joins a one-word body’s name with and without its plural "s"', () => {
    const text = 'Forces fought Houthi rebels near the port. The Houthis said the port was theirs, and Houthi leaders agreed.';
    const o = analyse(text).organisations;
    expect(o).toHaveLength(1);
    expect(new Set(o[0].mentions.map((m) => m.text))).toEqual(new Set(['Houthi', 'Houthis']));
  });
});

describe('places named for what they are', () => {
  it('reads bases, palaces and forest reserves as places', () => {
    expect(fix('The jets flew from Travis Air Force Base in California.', 'PER', 'Travis Air Force Base')).toEqual(['LOC:Travis Air Force Base']);
    expect(fix('A statement from Buckingham Palace said so.', 'PER', 'Buckingham Palace')).toEqual(['LOC:Buckingham Palace']);
    expect(fix('She was found in the Makawao Forest Reserve after 17 days.', 'PER', 'Makawao Forest Reserve')).toEqual(['LOC:Makawao Forest Reserve']);
    expect(fix('The Federal Reserve raised rates.', 'ORG', 'Federal Reserve')).toEqual(['ORG:Federal Reserve']);
  });
  it('takes an abbreviated title off a body’s name', () => {
    expect(fix('Nordvik Shipping Adm. Lena Vos said so.', 'ORG', 'Nordvik Shipping Adm.')).toEqual(['ORG:Nordvik Shipping']);
  });
});

describe('short forms and illnesses', () => {
  it('joins a body’s name without its head word to the full name', () => {
    const o = analyse('The House Fisheries Committee met on Monday. Tomas Varga, the House Fisheries chairman, said the committee would vote.').organisations;
    expect(o.map((x) => [x.name, x.mentions.length])).toEqual([['House Fisheries Committee', 2]]);
  });
  it('names no person or body for an illness named for one', () => {
    expect(fix('Children risk Reye’s syndrome if given aspirin.', 'ORG', 'Reye')).toEqual([]);
  });
});

describe('names the gold pages showed', () => {
  it('gives a name that opens with its middle initial the first name before it', () => {
    expect(fix('A price cut on halibut. (Ellen M. Lund / The Harbour Times)', 'PER', 'M. Lund')).toEqual(['PER:Ellen M. Lund']);
  });
  it('finds a firm whose name opens with digits', () => {
    expect(names('Sales passed $6 million, according to data analysis firm 2020harbour. Of course, that is only one month.').orgs).toEqual(['2020harbour']);
  });
  it('reads "a <Name> Trust structure" as a kind of deal, not a body', () => {
    expect(fix('There were reasons for not using a Morris Trust structure in the sale.', 'ORG', 'Morris Trust')).toEqual([]);
    expect(fix('The Harbour Trust board met.', 'ORG', 'Harbour Trust')).toEqual(['ORG:Harbour Trust']);
  });
});

describe('a place before its local service', () => {
  it('reads one word before "police officers" or "council spokesman" as the place served', () => {
    expect(fix('Nordvik police officers said the road was closed.', 'ORG', 'Nordvik')).toEqual(['LOC:Nordvik']);
    expect(fix('A Vasby parks department ranger found the whale.', 'ORG', 'Vasby')).toEqual(['LOC:Vasby']);
    expect(fix('Google engineers said the road was closed.', 'ORG', 'Google')).toEqual(['ORG:Google']);
  });
});

describe('acronyms, papers and roads', () => {
  it('keeps an acronym whole: no people before it, no place or plural after it', () => {
    expect(fixAll('A letter from the Palestinian U.N. observer mission arrived.', [['MISC', 'Palestinian'], ['ORG', 'U.N.']])).toEqual(['MISC:Palestinian', 'ORG:U.N.']);
    expect(fix('Tomas Varga, who heads the OSCE Kosovo mission, left.', 'ORG', 'OSCE Kosovo')).toEqual(['ORG:OSCE']);
    expect(fix('Nordvik Pacific is a listed company.', 'ORG', 'Nordvik Pacific')).toEqual(['ORG:Nordvik Pacific']);
    expect(fix('He regarded Cofinec GDRs as cheap.', 'ORG', 'Cofinec GDRs')).toEqual(['ORG:Cofinec']);
  });
  it('reads a Sunday paper’s name whole, and a numbered road as no body', () => {
    expect(fix('The Sunday Telegraph quoted her as saying so.', 'ORG', 'Telegraph')).toEqual(['ORG:Sunday Telegraph']);
    expect(fix('Traffic was heavy on Interstate 95 on Friday.', 'ORG', 'Interstate')).toEqual([]);
  });
  it('keeps Italian small words inside a name', () => {
    expect(fix('The Gazzetta dello Sport said the deal was done.', 'ORG', 'Gazzetta dello Sport')).toEqual(['ORG:Gazzetta dello Sport']);
  });
});

describe('words of titles before names', () => {
  it('names no body for a title’s word before a title, or a party member’s word before a name', () => {
    expect(fix('He is senior adviser to Agriculture Secretary Dan Lund.', 'ORG', 'Agriculture')).toEqual(['MISC:Agriculture']);
    expect(fix('The Health and Social Care Secretary Matt Vos spoke.', 'ORG', 'Health')).toEqual(['MISC:Health']);
    expect(fix('In 1984 Democrat Walter Lund promised higher taxes.', 'ORG', 'Democrat')).toEqual(['MISC:Democrat']);
    expect(fix('The Democrats won the vote.', 'ORG', 'Democrats')).toEqual(['ORG:Democrats']);
  });
});

describe('products and contact lines', () => {
  it('reads a company’s name opening a "person" as the company’s product', () => {
    expect(fix('The new Nissan Sentra is longer than the old one.', 'PER', 'Nissan Sentra')).toEqual(['MISC:Nissan Sentra']);
  });
  it('takes "Email" off the reporter’s name in a contact line', () => {
    expect(fix('Email Tariq Lund at tlund@example.com with questions.', 'PER', 'Email Tariq Lund')).toEqual(['PER:Tariq Lund']);
  });
});

describe('titles, possessives and commas inside spans', () => {
  it('names no person for a title the tagger read as one', () => {
    expect(fix('He joins as Chief Strategy Officer in May.', 'PER', 'Strategy Officer')).toEqual(['MISC:Strategy Officer']);
    expect(fix('The winner was Billie Jean King in the final.', 'PER', 'Billie Jean King')).toEqual(['PER:Billie Jean King']);
  });
  it('splits an outlet from the person it owns ("the BBC’s Emily Maitlis")', () => {
    expect(fix('In the interview with the BBC’s Emily Lund, he denied it.', 'ORG', 'BBC’s Emily Lund')).toEqual(['ORG:BBC', 'PER:Emily Lund']);
  });
  it('splits a body from an acronym after a comma, but not from its legal form', () => {
    expect(fix('He advised Frost & Sullivan, CTIA and others.', 'ORG', 'Frost & Sullivan, CTIA')).toEqual(['ORG:Frost & Sullivan', 'ORG:CTIA']);
    expect(fix('He joined Nordvik Harbour, Inc. in May.', 'ORG', 'Nordvik Harbour, Inc.')).toEqual(['ORG:Nordvik Harbour, Inc.']);
  });
  it('keeps "to" inside a body named for a remit', () => {
    expect(names('Backing came from the Society for the Prevention of Cruelty to Children, the paper said.').orgs).toEqual(['Society for the Prevention of Cruelty to Children']);
  });
});

describe('magazines named for their city', () => {
  it('reads "by Boston magazine" as the magazine, and "a Boston magazine" as a place’s', () => {
    expect(fixAll('She retweeted an article by Boston magazine that claimed the vote was close.', [['LOC', 'Boston']])).toEqual(['ORG:Boston magazine']);
    expect(fixAll('She wrote for a Boston magazine for years.', [['LOC', 'Boston']])).toEqual(['LOC:Boston']);
  });
});
