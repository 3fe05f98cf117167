import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = join(__dirname, '../../bin/dossier.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
const fixtures = join(__dirname, '../fixtures/pages');
let dir = '';

beforeAll(() => {
  spawnSync('npm', ['run', 'build:cli'], { cwd: join(__dirname, '../..') });
  dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
  writeFileSync(join(dir, 'binary.html'), Buffer.from([0, 1, 2, 3, 255, 0, 7]));
  writeFileSync(join(dir, 'story.txt'), 'Ministers meet\n\nForeign Minister Margus Tsahkna met Elina Valtonen in Tallinn on Friday, officials said.');
  writeFileSync(join(dir, 'locked.txt'), 'x');
  chmodSync(join(dir, 'locked.txt'), 0o000);
});

// Each run's scratch files go with it, rather than piling up in the temp directory.
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('dossier analyze', () => {
  it('prints the analysis of a page as JSON, with the contract’s fields', () => {
    const r = run('analyze', join(fixtures, 'harbour-talks.html'), '--json');
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a).toMatchObject({ isArticle: true, article: { title: 'Nordic and Baltic ministers agree harbour security pact in Tallinn', publisher: 'The Meridian Post' } });
    expect(a.article.published).toBe('2026-03-14T09:30:00+02:00');
    expect(a.people.find((p: { name: string }) => p.name === 'Margus Tsahkna')).toMatchObject({ official: true, role: 'Foreign Minister', affiliation: 'Estonia' });
  });
  it('keeps a .txt file’s text unchanged so offsets can be checked against it', () => {
    const a = JSON.parse(run('analyze', join(dir, 'story.txt'), '--json').stdout);
    expect(a.text).toBe('Ministers meet\n\nForeign Minister Margus Tsahkna met Elina Valtonen in Tallinn on Friday, officials said.');
    expect(a.article.title).toBe('Ministers meet');
  });
  it('says a non-article is not one, with a reason, and exits 0', () => {
    const r = run('analyze', join(fixtures, 'section-front.html'), '--json');
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.isArticle).toBe(false);
    expect(a.reason.length).toBeGreaterThan(5);
  });
  it('rejects directories, binary, missing and unreadable files with a message and no output', () => {
    for (const f of [dir, join(dir, 'binary.html'), join(dir, 'missing.html')]) {
      const r = run('analyze', f, '--json');
      expect(r.status).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/dossier: cannot/);
    }
  });
  it('goes on past a bad file in a batch, with an error line in its place', () => {
    const r = run('analyze', join(dir, 'story.txt'), join(dir, 'binary.html'), join(dir, 'story.txt'), '--json');
    expect(r.status).not.toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatchObject({ file: join(dir, 'binary.html') });
    expect(lines[1].error).toMatch(/binary/);
  });
});

describe('dossier related', () => {
  it('lists the article on the same story, with the shared entity keys', () => {
    const r = run('related', join(fixtures, 'harbour-talks.html'), join(fixtures, 'cable-damage.html'), '--json');
    expect(r.status).toBe(0);
    const [first] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(first.related[0].file).toBe(join(fixtures, 'cable-damage.html'));
    expect(first.related[0].shared).toEqual(expect.arrayContaining(['margus tsahkna', 'elina valtonen']));
  });
});
