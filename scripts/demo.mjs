#!/usr/bin/env node
// One command from a fresh clone: install what is missing, build, and open Chromium with
// Dossier loaded on the bundled demo article (written for this project). Without a display it
// runs headless and saves a screenshot instead.
import { existsSync, mkdtempSync, mkdirSync } from 'node:fs';
import { spawnSync, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sh = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
if (!existsSync(join(root, 'node_modules'))) sh('npm', ['ci', '--no-audit', '--no-fund']);
if (!existsSync('/usr/bin/chromium')) {
  sh('apt-get', ['update', '-qq']);
  sh('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core']);
}
sh('npx', ['wxt', 'build']);

const ext = join(root, '.output', 'chrome-mv3');
const { serve } = await import('../tests/e2e/server.mjs');
const server = await serve({ '/': join(root, 'tests/fixtures/pages') });
const second = `${server.origin}/cable-damage.html`;
const demo = `${server.origin}/harbour-talks.html`;
const profile = mkdtempSync(join(tmpdir(), 'dossier-demo-'));
const flags = [`--user-data-dir=${profile}`, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--proxy-server=127.0.0.1:9'];

if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) {
  console.log(`Opening ${demo} (and an earlier article on the same story, ${second}). Close Chromium to stop.`);
  const child = spawn('/usr/bin/chromium', [...flags, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), second, demo], { stdio: 'ignore' });
  child.on('exit', () => server.close());
} else {
  const { chromium } = await import('playwright-core');
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: flags.slice(1) });
  try {
    for (const url of [second, demo]) {
      const page = await ctx.newPage();
      await page.goto(url);
      await page.waitForFunction(() => CSS.highlights.has('dossier-ext-official'), null, { timeout: 15000 });
    }
    const page = ctx.pages().at(-1);
    mkdirSync(join(root, 'test-artifacts'), { recursive: true });
    const shot = join(root, 'test-artifacts', 'demo.png');
    await page.screenshot({ path: shot });
    console.log(`No display here: ran headless. Dossier highlighted ${demo}; screenshot: ${shot}`);
  } finally {
    await ctx.close();
    await server.close();
  }
}
