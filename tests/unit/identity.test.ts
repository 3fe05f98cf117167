import { describe, it, expect } from 'vitest';
import { personKey, orgKey, initials, displayCase } from '@/utils/nlp/identity';

describe('entity keys', () => {
  it('gives one key to transliteration variants of a name', () => {
    expect(personKey('Sergey Lavrov')).toBe(personKey('Sergei Lavrov'));
    expect(personKey('Volodymyr Zelenskyy')).toBe(personKey('Volodymyr Zelensky'));
    expect(personKey('Volodymyr Zelenskiy')).toBe(personKey('Volodymyr Zelensky'));
  });
  it('ignores case, accents, soft hyphens and honorifics', () => {
    expect(personKey('ZHANG YUNBI')).toBe(personKey('Zhang Yunbi'));
    expect(personKey('Jean-Noël Barrot')).toBe(personKey('Jean-Noel Barrot'));
    expect(personKey('Benjamin Netan\u00adyahu')).toBe(personKey('Benjamin Netanyahu'));
    expect(personKey('Mr Macron')).toBe(personKey('Macron'));
  });
  it('keeps different people apart', () => {
    expect(personKey('Zhang Hanhui')).not.toBe(personKey('Zhang Yunbi'));
  });
  it('expands well-known acronyms inside organisation names', () => {
    expect(orgKey('UN Security Council')).toBe(orgKey('United Nations Security Council'));
    expect(orgKey('U.N. General Assembly')).toBe(orgKey('United Nations General Assembly'));
    expect(orgKey('EU')).toBe(orgKey('European Union'));
    expect(orgKey('the Ministry of Defence')).toBe(orgKey('Ministry of Defense'));
  });
  it('reads initials and fixes all-capitals names', () => {
    expect(initials('International Criminal Court')).toBe('icc');
    expect(initials('Council on Foreign Relations')).toBe('cfr');
    expect(displayCase('ZHANG YUNBI')).toBe('Zhang Yunbi');
    expect(displayCase("SEAN O'NEILL")).toBe("Sean O'Neill");
    expect(displayCase('Vladi\u00admir Petrov')).toBe('Vladimir Petrov');
    expect(displayCase('Wang Yi')).toBe('Wang Yi');
  });
});
