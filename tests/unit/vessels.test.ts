import { describe, it, expect } from 'vitest';
import { fixAll } from './spans';

// Sentences written for these tests.
describe('vessels', () => {
  it('are neither bodies nor people wherever they stand, once the article says what they are', () => {
    const text = 'The crew loaded the Marisol, one of three old wooden schooners still fishing. The Marisol left at dawn.';
    expect(fixAll(text, [['ORG', 'Marisol'], ['ORG', 'Marisol', 60]])).toEqual([]);
    expect(fixAll('They toured the aircraft carrier Valiant in May.', [['ORG', 'Valiant']])).toEqual([]);
  });
  it('leave a body or a person that the sentence names beside a vessel', () => {
    expect(fixAll('He met Tomas Berg, a ship captain from Bergen, on Monday.', [['PER', 'Tomas Berg']])).toEqual(['PER:Tomas Berg']);
    expect(fixAll('Orders went to Halden Marine, a boat builder in the north.', [['ORG', 'Halden Marine']])).toEqual(['ORG:Halden Marine']);
  });
});
