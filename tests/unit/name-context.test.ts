import { describe, it, expect } from 'vitest';
import { fix, fixAll } from './spans';
import type { Span } from '@/utils/nlp/tagger';

// Where a name stands (a dateline, a sports report, a noun it qualifies, its home after "of"),
// each rule in a sentence written for the test, with the span as the tagger made it.
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
  it('cuts a name at a bracket it closes but never opened', () => {
    expect(fix('Tama (Hemi Rawiri) Walker carved the post.', 'PER', 'Hemi Rawiri) Walker')).toEqual(['PER:Hemi Rawiri']);
    expect(fix('The club Mladost ( L ) won.', 'ORG', 'Mladost ( L )')).toEqual(['ORG:Mladost ( L )']);
  });
  it('reads a name before a bracketed letter as a club, once the results have one', () => {
    const results = 'Soccer results on Saturday:\nVardar ( S ) 2 Kolar ( B ) 1\nOsijek 0 Lipa ( N ) 0';
    const given: [Span['type'], string][] = [['ORG', 'Vardar ( S )'], ['PER', 'Kolar'], ['PER', 'B'], ['ORG', 'Osijek'], ['LOC', 'Lipa']];
    expect(fixAll(results, given)).toEqual(['ORG:Vardar ( S )', 'ORG:Kolar ( B )', 'ORG:Osijek', 'ORG:Lipa ( N )']);
    expect(fixAll('Senator Ann Kolar ( D ) voted no.', [['PER', 'Ann Kolar']])).toEqual(['PER:Ann Kolar']);
  });
  it('reads both sides of a results line as teams, except a country and a player', () => {
    const results = 'Rugby results on Saturday:\nHornets 31 Vale Rovers 33\nBarrow 12 Millbrook 9\nLatvia 3 Estonia 1';
    const given: [Span['type'], string][] = [['PER', 'Hornets'], ['LOC', 'Barrow'], ['LOC', 'Latvia'], ['LOC', 'Estonia']];
    expect(fixAll(results, given)).toEqual(['ORG:Hornets', 'ORG:Vale Rovers', 'ORG:Barrow', 'ORG:Millbrook', 'LOC:Latvia', 'LOC:Estonia']);
    const darts = 'Darts results:\nMartin Kessler 5 Tom Oakes 3\nAnna Berg 4 Lena Holm 2';
    expect(fixAll(darts, [['PER', 'Martin Kessler'], ['PER', 'Tom Oakes'], ['PER', 'Anna Berg'], ['PER', 'Lena Holm']])).toEqual(['PER:Martin Kessler', 'PER:Tom Oakes', 'PER:Anna Berg', 'PER:Lena Holm']);
    // One such line alone is not a results list.
    expect(fixAll('Chapter 3 Appendix 4', [['PER', 'Appendix']])).toEqual(['PER:Appendix']);
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
  it('reads a capitalised word the tagger left after a title as the title-holder', () => {
    expect(fixAll('The quote was given to President-elect Halvorsen, the writer said.', [['MISC', 'President-elect']])).toEqual(['PER:Halvorsen']);
    expect(fixAll('The quote was given to President Halvorsen by the writer.', [])).toEqual(['PER:Halvorsen']);
    expect(fix('The quote was given to President-elect Halvorsen, the writer said.', 'MISC', 'President-elect Halvorsen')).toEqual(['PER:Halvorsen']);
    expect(fixAll('They met at the President Hotel in the evening.', [])).toEqual([]);
    expect(fixAll('The speech was read by Governor General of the islands.', [])).toEqual([]);
    expect(fixAll('It was King Street that flooded.', [])).toEqual([]);
  });
});
