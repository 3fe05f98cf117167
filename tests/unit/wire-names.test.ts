import { describe, it, expect } from 'vitest';
import { fixAll } from './spans';
import { analyzeText } from '@/utils/analyze';

// Mistakes a tagger makes on names it never saw in training, found by training it without a
// slice of its data and reading its errors there. Each case is a sentence written for the test,
// with the spans given as the tagger made them.
describe('names that end in a legal form', () => {
  it('joins a name to the rest of a firm’s name ending in a legal form', () => {
    expect(fixAll('The deal was signed with Halden Life Insurance Co on Friday.', [['LOC', 'Halden Life'], ['ORG', 'Insurance Co']])).toEqual(['ORG:Halden Life Insurance Co']);
  });
  it('takes back the first word of a line that the tagger left out', () => {
    expect(fixAll('Trasker Semiconductor Corp jumped 23 percent on Thursday.', [['ORG', 'Semiconductor Corp']])).toEqual(['ORG:Trasker Semiconductor Corp']);
    expect(fixAll('* K&T Block Inc delays the sale of its stake.', [['ORG', 'Block Inc']])).toEqual(['ORG:K&T Block Inc']);
  });
  it('leaves out a word that is a label, an ordinary word of the text or an owner', () => {
    expect(fixAll('Company Name Homlet Hospitality Inc', [['ORG', 'Homlet Hospitality Inc']])).toEqual(['ORG:Homlet Hospitality Inc']);
    expect(fixAll('Rival Plenmark Foods Plc said its rival was slow.', [['ORG', 'Plenmark Foods Plc']])).toEqual(['ORG:Plenmark Foods Plc']);
    expect(fixAll('Oslo-based Tordal Shipping Ltd sold two tankers.', [['ORG', 'Tordal Shipping Ltd']])).toEqual(['ORG:Tordal Shipping Ltd']);
  });
  it('splits two firms joined by "and" after a legal form', () => {
    expect(fixAll('The refinery is owned by Varga Lumber Co and Ostrow Paper Inc on Monday.', [['ORG', 'Varga Lumber Co and Ostrow Paper Inc']])).toEqual(['ORG:Varga Lumber Co', 'ORG:Ostrow Paper Inc']);
  });
});

describe('acronyms of ordinary words', () => {
  it('reads an acronym spelled out in lower case as no body, with spaces inside the brackets too', () => {
    const text = 'Buyers took 16,000 tonnes of dark northern spring ( DNS ) wheat, and later more DNS.';
    expect(fixAll(text, [['ORG', 'DNS'], ['ORG', 'DNS', 70]])).toEqual(['MISC:DNS', 'MISC:DNS']);
  });
  it('takes one word whose letters hold the acronym’s as its spelling', () => {
    expect(fixAll('Two 220 kilovolt (KV) lines failed; the 500 KV line held.', [['ORG', 'KV'], ['ORG', 'KV', 30]])).toEqual(['MISC:KV', 'MISC:KV']);
    expect(fixAll('The Harbour Authority (HA) said the 500 HA line held.', [['ORG', 'Harbour Authority'], ['ORG', 'HA']])).toEqual(['ORG:Harbour Authority', 'ORG:HA']);
  });
});

describe('a firm’s short names within the article', () => {
  it('reads the name without its legal form, and a group’s name without its group word, as the firm', () => {
    const text = 'Vendal AG posted a loss. Vendal said prices fell, and Marby Gruppen AB agreed. Marby said so too.';
    expect(fixAll(text, [['ORG', 'Vendal AG'], ['PER', 'Vendal', 20], ['ORG', 'Marby Gruppen AB']])).toEqual(['ORG:Vendal AG', 'ORG:Vendal', 'ORG:Marby Gruppen AB', 'ORG:Marby']);
  });
  it('reads the first word alone as the firm, but not after "in" or "at", where it is the town', () => {
    const text = 'Trasker Semiconductor Corp jumped. Trasker still has work to do at its plant in Trasker.';
    expect(fixAll(text, [['ORG', 'Trasker Semiconductor Corp']])).toEqual(['ORG:Trasker Semiconductor Corp', 'ORG:Trasker']);
  });
  it('leaves a short name that is also a person’s surname in the article to the tagger', () => {
    const text = 'Kalns Shipping Inc named a chief. Arvids Kalns said the fleet would grow. Kalns smiled.';
    expect(fixAll(text, [['ORG', 'Kalns Shipping Inc'], ['PER', 'Arvids Kalns'], ['PER', 'Kalns', 60]])).toEqual(['ORG:Kalns Shipping Inc', 'PER:Arvids Kalns', 'PER:Kalns']);
  });
});

describe('sides in results', () => {
  const scores = 'Close of play scores in county cricket championship matches on Thursday :\n';
  it('keeps the names of a results line whose only capitalised small word is inside a name', () => {
    const text = scores + 'Harbour ( The Meadow ) : Kentmere 195 ( A. Vos 50 ) , Northby 82-0 .\n';
    expect(fixAll(text, [['LOC', 'Harbour'], ['LOC', 'The Meadow'], ['ORG', 'Kentmere'], ['PER', 'A. Vos'], ['ORG', 'Northby']])).toEqual(['LOC:Harbour', 'LOC:The Meadow', 'ORG:Kentmere', 'PER:A. Vos', 'ORG:Northby']);
  });
  it('reads a place followed by its score in a sports report as a side, but a nation stays a place', () => {
    const text = 'SOCCER - LEAGUE RESULTS .\nThe league match ended with the striker scoring twice for the home side , and the coach praised the goalkeeper .\nKentmere 2 Northby 1\nScotland beat Wales 4-0 in a friendly match .\n';
    expect(fixAll(text, [['LOC', 'Kentmere'], ['LOC', 'Northby'], ['LOC', 'Scotland'], ['LOC', 'Wales']])).toEqual(['ORG:Kentmere', 'ORG:Northby', 'LOC:Scotland', 'LOC:Wales']);
  });
});

describe('bodies named by what they are', () => {
  it('reads capitalised words after a kind of firm or paper as its name', () => {
    expect(fixAll('The board wants control of German piston maker Kolvenhaus , which was slow.', [['MISC', 'German'], ['PER', 'Kolvenhaus']])).toEqual(['MISC:German', 'ORG:Kolvenhaus']);
    expect(fixAll('“It will not do,” the daily Harbour-Soir lamented.', [['MISC', 'Harbour-Soir']])).toEqual(['ORG:Harbour-Soir']);
  });
  it('leaves a person after a trade, or with a first name after a kind, to the tagger', () => {
    expect(fixAll('The film maker Tomas Varga spoke first.', [['PER', 'Tomas Varga']])).toEqual(['PER:Tomas Varga']);
    expect(fixAll('The striker joined the club Tomas Varga had built.', [['PER', 'Tomas Varga']])).toEqual(['PER:Tomas Varga']);
  });
  it('reads a place ending in a newspaper’s word as the paper', () => {
    expect(fixAll('He told the Kentmere Herald that he would stay.', [['LOC', 'Kentmere Herald']])).toEqual(['ORG:Kentmere Herald']);
  });
  it('replaces pieces of a firm’s short name tagged apart by the whole', () => {
    const text = 'The exchange Norvik Gruppen AB opened. “It was time,” Norvik Gruppen said.';
    expect(fixAll(text, [['ORG', 'Norvik Gruppen AB'], ['ORG', 'Norvik', 40], ['MISC', 'Gruppen', 40]])).toEqual(['ORG:Norvik Gruppen AB', 'ORG:Norvik Gruppen']);
  });
});

describe('wire formats', () => {
  it('reads the papers of a press digest, each alone on a line in capitals, as bodies', () => {
    const text = 'PRESS DIGEST - Harbour newspapers - May 3 .\nThese are the main stories in Harbour newspapers :\n---\nHARBOUR TIMES\nThe port will close for a week .\n---\nKENTMERE\nFishermen protested on Friday .\n';
    expect(fixAll(text, [['ORG', 'HARBOUR TIMES'], ['LOC', 'KENTMERE']]).filter((s) => s.startsWith('ORG'))).toEqual(['ORG:HARBOUR TIMES', 'ORG:KENTMERE']);
    // Elsewhere a line in capitals stays what the tagger made of it.
    expect(fixAll('Harbour news .\n---\nKENTMERE\nFishermen protested on Friday .\n', [['LOC', 'KENTMERE']])).toEqual(['LOC:KENTMERE']);
  });
  it('ends a name before a month and its day', () => {
    expect(fixAll('Polls : Vestra June 6 39.0 36.0 ; Norvik May 23 38.0 .', [['ORG', 'Vestra June'], ['ORG', 'Norvik May']])).toEqual(['ORG:Vestra', 'ORG:Norvik']);
  });
  it('reads a name ending in a dotted legal form as a firm, and so its short name', () => {
    expect(fixAll('Hopes that Kalvik S.A. , the bourse’s first firm , would gain faded . Kalvik fell .', [['PER', 'Kalvik S.A.'], ['PER', 'Kalvik', 60]])).toEqual(['ORG:Kalvik S.A.', 'ORG:Kalvik']);
  });
});

describe('firms by where they stand', () => {
  it('reads a name never given a first name or a title, with shares or "which", as a firm', () => {
    const text = 'Kestrex lands a big contract. The deal gave new hope to Kestrex , which has struggled. Kestrex \'s stock soared.';
    expect(fixAll(text, [['PER', 'Kestrex'], ['PER', 'Kestrex', 20], ['PER', 'Kestrex', 80]])).toEqual(['ORG:Kestrex', 'ORG:Kestrex', 'ORG:Kestrex']);
  });
  it('leaves a person with a title or "who" anywhere in the article to the tagger', () => {
    const text = 'Mr Kestrex sold his shares. The deal gave new hope to Kestrex , which was odd. Kestrex \'s stock soared.';
    expect(fixAll(text, [['PER', 'Kestrex'], ['PER', 'Kestrex', 20], ['PER', 'Kestrex', 60]])).toEqual(['PER:Kestrex', 'PER:Kestrex', 'PER:Kestrex']);
    const introduced = 'Tomas Kestrex runs the yard. Kestrex \'s profits rose.';
    expect(fixAll(introduced, [['PER', 'Tomas Kestrex'], ['PER', 'Kestrex', 20]])).toEqual(['PER:Tomas Kestrex', 'PER:Kestrex']);
  });
  it('takes a word after a bullet at a line’s start for the start of a sentence', () => {
    expect(fixAll('Stories :\n- Blaming Norway for the riots is wrong .\n- Norway denies it .', [['PER', 'Blaming Norway'], ['LOC', 'Norway', 50]])).toEqual(['LOC:Norway', 'LOC:Norway']);
  });
});

describe('credits', () => {
  it('reads the names after "Reporting by" and "Editing by" as people, whatever the tagger made of them', () => {
    const text = 'The port reopened.\n\n(Reporting by Tomas Varga; Editing by Ingrid Solberg and Mark Olsen)';
    expect(fixAll(text, [['ORG', 'Varga'], ['PER', 'Ingrid Solberg']])).toEqual(['PER:Tomas Varga', 'PER:Ingrid Solberg', 'PER:Mark Olsen']);
  });
  it('leaves a body after "compiled by" to the tagger', () => {
    expect(fixAll('The indices were compiled by Harbour Data Inc for the week.', [['ORG', 'Harbour Data Inc']])).toEqual(['ORG:Harbour Data Inc']);
  });
});

describe('short names and kinds that are something else', () => {
  it('leaves a firm’s first word where it is the town followed by its state', () => {
    const text = 'Kelmar Packing Co. of Kelmar, Illinois, recalled beef.';
    expect(fixAll(text, [['ORG', 'Kelmar Packing Co.'], ['LOC', 'Kelmar', 20], ['LOC', 'Illinois']])).toEqual(['ORG:Kelmar Packing Co.', 'LOC:Kelmar', 'LOC:Illinois']);
  });
  it('does not read a daily show or briefing as a paper', () => {
    expect(fixAll('She hosts the daily Harbour Hour podcast.', [['MISC', 'Harbour Hour']])).toEqual(['MISC:Harbour Hour']);
  });
});

describe('tables outside sport', () => {
  it('reads a known city opening a row of figures as a place when the article is not about sport', () => {
    const text = 'Air cargo rose in July .\nThe table shows tonnes handled at airports .\nHamburg 21,240 down 3.5\nDresden 792 up 11.4\nMunich 44,525 up 11.8\n';
    expect(fixAll(text, [['ORG', 'Hamburg'], ['ORG', 'Dresden'], ['ORG', 'Munich']])).toEqual(['LOC:Hamburg', 'LOC:Dresden', 'LOC:Munich']);
  });
});

describe('clubs and venues in sports reports', () => {
  const scorers = 'SOCCER - LEADING HARBOUR LEAGUE SCORERS .\nLeading goalscorers after Saturday \'s matches :\n';
  it('reads cities in brackets after players as their clubs where a wire headline names the sport', () => {
    const text = scorers + '3 - Tomas Varga ( Marseille ) , Arvids Kalns ( Lyon ) .\n';
    expect(fixAll(text, [['PER', 'Tomas Varga'], ['LOC', 'Marseille'], ['PER', 'Arvids Kalns'], ['LOC', 'Lyon']])).toEqual(['PER:Tomas Varga', 'ORG:Marseille', 'PER:Arvids Kalns', 'ORG:Lyon']);
  });
  it('keeps brackets of places where the players are listed by country', () => {
    const text = 'SQUASH - HARBOUR OPEN RESULTS .\nTomas Varga ( Pakistan ) beat Arvids Kalns ( Hong Kong ) 15-8 15-6 , Mark Olsen ( Australia ) beat Ingrid Solberg ( Norway ) 15-2 .\n';
    expect(fixAll(text, [['PER', 'Tomas Varga'], ['LOC', 'Pakistan'], ['PER', 'Arvids Kalns'], ['LOC', 'Hong Kong'], ['PER', 'Mark Olsen'], ['LOC', 'Australia'], ['PER', 'Ingrid Solberg'], ['LOC', 'Norway']]).filter((s) => s.startsWith('ORG'))).toEqual([]);
  });
  it('reads a place before a score as the venue after "in"', () => {
    const text = 'SOCCER - HARBOUR FRIENDLY .\nThe league side edged Norway in Salzburg 3-2 in April , the coach said .\n';
    expect(fixAll(text, [['LOC', 'Norway'], ['LOC', 'Salzburg']])).toEqual(['LOC:Norway', 'LOC:Salzburg']);
  });
});

describe('names with a possessive in them', () => {
  it('keeps the possessive of a firm named with one ("Moody\'s", "Sotheby\'s")', () => {
    expect(fixAll('The bonds were sold at Sotheby \'s on Friday.', [['ORG', 'Sotheby']])).toEqual(["ORG:Sotheby 's"]);
    const a = analyzeText({ text: 'Harbour bonds\n\nThe harbour bonds were rated Aa3 by Moody\'s on Friday, and Moody\'s said the port was sound.', meta: {} });
    expect(a.organisations.flatMap((o) => o.mentions.map((m) => m.text))).toContain("Moody's");
  });
});

describe('people after what they do', () => {
  it('reads a name after a newsroom trade as a person, and keeps a person after a kind a person may be', () => {
    expect(fixAll('Harbour cameraman Liutas Stremas said a column had passed.', [['ORG', 'Liutas Stremas']])).toEqual(['PER:Liutas Stremas']);
    expect(fixAll('The other was insurer Thierval Dehane , the police said.', [['PER', 'Thierval Dehane']])).toEqual(['PER:Thierval Dehane']);
  });
});

describe('a country before a body', () => {
  it('joins the country to the body’s name, but not before an acronym or as "U.S."', () => {
    expect(fixAll('The Kenya Football Association said on Monday it would appeal.', [['LOC', 'Kenya'], ['ORG', 'Football Association']])).toEqual(['ORG:Kenya Football Association']);
    expect(fixAll('Shares rose after India RBI cut rates.', [['LOC', 'India'], ['ORG', 'RBI']])).toEqual(['LOC:India', 'ORG:RBI']);
    expect(fixAll('He served in the U.S. Marine Corps for ten years.', [['LOC', 'U.S.'], ['ORG', 'Marine Corps']])).toEqual(['LOC:U.S.', 'ORG:Marine Corps']);
  });
});

describe('a place and a body tagged as one place', () => {
  it('reads a place and a body’s word as one body, but parts "U.S." from a body', () => {
    expect(fixAll('Shares were stable .\n-- Harbourton Newsroom , +90-212-275 0875', [['LOC', 'Harbourton Newsroom']])).toEqual(['ORG:Harbourton Newsroom']);
    expect(fixAll('The inmate was held at the Lebanon Correctional Institution last year.', [['LOC', 'Lebanon Correctional Institution']])).toEqual(['ORG:Lebanon Correctional Institution']);
    expect(fixAll('The order came from U.S. Central Command on Monday.', [['LOC', 'U.S. Central Command']])).toEqual(['LOC:U.S.', 'ORG:Central Command']);
  });
});
