import { describe, it, expect } from 'vitest';
import { textScope, inScope } from '@/utils/nlp/scope';

const page = [
  'Home / World / Politics',
  'Menu',
  '',
  'Harbour talks end with a deal on shared patrols',
  '',
  'By ANNA KOVAC | Example Daily',
  'Share',
  '',
  'The ministers of five coastal states agreed on Friday to share radar data from their harbours, officials said.',
  '',
  'The agreement will be reviewed next year, according to a statement issued by the host government.',
  '',
  'Source: Example Wire',
  'Advertisement',
  'Most read',
  'Copyright 2026 Example Daily Ltd. All rights reserved. Registration Number: 1234.',
].join('\n');

const lineOf = (s: string) => {
  const start = page.indexOf(s);
  return [start, start + s.length] as const;
};

describe('plain-text scope', () => {
  const scope = textScope(page);
  it('keeps the headline, byline, body and the credit line', () => {
    for (const s of ['Harbour talks end with a deal on shared patrols', 'By ANNA KOVAC | Example Daily', 'The agreement will be reviewed next year', 'Source: Example Wire']) {
      const [a, b] = lineOf(s);
      expect(inScope(scope, a, b), s).toBe(true);
    }
  });
  it('leaves out navigation, buttons, promos and the footer', () => {
    for (const s of ['Home / World / Politics', 'Share', 'Advertisement', 'Most read', 'Copyright 2026 Example Daily Ltd']) {
      const [a, b] = lineOf(s);
      expect(inScope(scope, a, b), s).toBe(false);
    }
  });
});
