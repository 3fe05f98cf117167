import { describe, it, expect } from 'vitest';
import { fixAll } from './spans';
import type { Span } from '@/utils/nlp/tagger';

// Mistakes found by training the tagger on all but one slice of its data, in turn for every
// slice, and reading its errors on the slice left out. Each case is a sentence written for the
// test, with the spans given as the tagger made them.
describe('party words after a chamber or a place', () => {
  it('reads "House Democratic leader" and "Senate Republicans" as the chamber', () => {
    expect(fixAll('Marla Quint, the House Democratic leader, spoke first.', [['PER', 'Marla Quint'], ['ORG', 'House Democratic']])).toEqual(['PER:Marla Quint', 'ORG:House']);
    expect(fixAll('Senate Republicans blocked the bill on Tuesday.', [['ORG', 'Senate Republicans']])).toEqual(['ORG:Senate']);
  });
  it('reads "the Ohio Republican" as the state', () => {
    expect(fixAll('Whether he stays is open, the Ohio Republican said.', [['ORG', 'Ohio Republican']])).toEqual(['LOC:Ohio']);
    expect(fixAll('Asked again, the New Mexico Democrat said no.', [['ORG', 'New Mexico Democrat']])).toEqual(['LOC:New Mexico']);
  });
  it('leaves a party’s own name whole', () => {
    expect(fixAll('The Senate Democratic Caucus met.', [['ORG', 'Senate Democratic']])).toEqual(['ORG:Senate Democratic']);
    expect(fixAll('Social Democrats walked out.', [['ORG', 'Social Democrats']])).toEqual(['ORG:Social Democrats']);
  });
});

describe('heads that only a body’s name ends in', () => {
  it('reads a name ending in Congress, Board or Brothers as a body', () => {
    expect(fixAll('Their agenda came out of the Tamsin Congress last year.', [['PER', 'Tamsin Congress']])).toEqual(['ORG:Tamsin Congress']);
    expect(fixAll('The Harlan County Board met in May.', [['PER', 'Harlan County Board']])).toEqual(['ORG:Harlan County Board']);
    expect(fixAll('Pellman Brothers cut its forecast.', [['PER', 'Pellman Brothers']])).toEqual(['ORG:Pellman Brothers']);
  });
});

describe('results lines with a venue, countries and half-time scores', () => {
  it('keeps the venue and the bracketed country out of the sides', () => {
    const text = 'SOCCER - CUP RESULTS .\nIn Tarnow : Unia Tarnow ( Poland ) 5 Llanfair ( Wales ) 0\nIn Varna : Spartak Varna ( Bulgaria ) 1 Koper ( Slovenia ) 0';
    const given: [Span['type'], string][] = [['LOC', 'Tarnow'], ['ORG', 'Unia Tarnow'], ['LOC', 'Poland'], ['ORG', 'Llanfair'], ['LOC', 'Wales'], ['LOC', 'Varna'], ['ORG', 'Spartak Varna'], ['LOC', 'Bulgaria'], ['ORG', 'Koper'], ['LOC', 'Slovenia']];
    expect(fixAll(text, given)).toEqual(['LOC:Tarnow', 'ORG:Unia Tarnow', 'LOC:Poland', 'ORG:Llanfair', 'LOC:Wales', 'LOC:Varna', 'ORG:Spartak Varna', 'LOC:Bulgaria', 'ORG:Koper', 'LOC:Slovenia']);
  });
  it('reads sides with a half-time score as teams, even when one looks like a person', () => {
    const text = 'Results:\nMarta Kovel ( Ukraine ) 1 Tallinn Sadu ( Estonia ) 0 ( 0-0 )\nDinamo Brest 2 Vesna 2 ( 1-0 )';
    const given: [Span['type'], string][] = [['PER', 'Marta Kovel'], ['LOC', 'Ukraine'], ['PER', 'Tallinn Sadu'], ['LOC', 'Estonia'], ['ORG', 'Dinamo Brest'], ['PER', 'Vesna']];
    expect(fixAll(text, given)).toEqual(['ORG:Marta Kovel', 'LOC:Ukraine', 'ORG:Tallinn Sadu', 'LOC:Estonia', 'ORG:Dinamo Brest', 'ORG:Vesna']);
  });
});

describe('fixtures in a sports report', () => {
  const fixtures = 'SOCCER - LEAGUE FIXTURES .\nSaturday : Brambury v Tollworth , Kessock v Ardmuir .\nThe soccer season opens with a derby, and the goalkeeper and striker of each side are fit.';
  it('reads places beside "v" as teams, and a one-word person facing a team', () => {
    expect(fixAll(fixtures, [['LOC', 'Brambury'], ['ORG', 'Tollworth'], ['ORG', 'Kessock'], ['PER', 'Ardmuir']])).toEqual(['ORG:Brambury', 'ORG:Tollworth', 'ORG:Kessock', 'ORG:Ardmuir']);
  });
  it('leaves players facing players as people, and places outside sport as places', () => {
    expect(fixAll('TENNIS - DRAW .\nFirst round : Halvorsen v Marek .', [['PER', 'Halvorsen'], ['PER', 'Marek']])).toEqual(['PER:Halvorsen', 'PER:Marek']);
    expect(fixAll('The case of Brambury v Tollworth was heard in May.', [['LOC', 'Brambury'], ['LOC', 'Tollworth']])).toEqual(['LOC:Brambury', 'LOC:Tollworth']);
  });
});

describe('standings rows', () => {
  it('reads a name opening a row of standings as a team, but not a cricketer’s averages or a golfer’s rounds', () => {
    const table = 'Standings:\nBrenton Hale 3 2 1 0 7 3 7\nMorvan 3 1 1 1 5 4 4\nAverages:\nTobias Crane 3 5 0 162 64 32.40\nScores:\nElla Marsh 68 69 70 72 279';
    const given: [Span['type'], string][] = [['PER', 'Brenton Hale'], ['PER', 'Morvan'], ['PER', 'Tobias Crane'], ['PER', 'Ella Marsh']];
    expect(fixAll(table, given)).toEqual(['ORG:Brenton Hale', 'ORG:Morvan', 'PER:Tobias Crane', 'PER:Ella Marsh']);
  });
});

describe('clubs named after a town', () => {
  it('keeps a name ending in a club’s word a body, even when its first word is also a given name', () => {
    expect(fixAll('Yesterday Preston United lost again.', [['ORG', 'Preston United']])).toEqual(['ORG:Preston United']);
  });
});

describe('towns before a state’s abbreviation', () => {
  it('reads a town before a comma and a state or province as a place', () => {
    expect(fixAll('The mill in Harlow Falls, Wisc., closed.', [['ORG', 'Harlow Falls']])).toEqual(['LOC:Harlow Falls']);
    expect(fixAll('Brandle , Manitoba , was the cold spot .', [['ORG', 'Brandle']])).toEqual(['LOC:Brandle']);
    expect(fixAll('Port Leary , Nova Scotia , was the wettest .', [['ORG', 'Port Leary']])).toEqual(['LOC:Port Leary']);
  });
  it('takes a postal code off a town opening a row of prices', () => {
    expect(fixAll('Prices:\nCoulee Bend WA 5.13 up .02', [['ORG', 'Coulee Bend WA']])).toEqual(['LOC:Coulee Bend']);
  });
  it('leaves a person before a state alone', () => {
    expect(fixAll('The winner was Dana Whitlock , Texas , by two strokes.', [['PER', 'Dana Whitlock']])).toEqual(['PER:Dana Whitlock']);
  });
});
