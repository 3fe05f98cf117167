#!/usr/bin/env node
// Browser tests, one browser after the other (the machine has two cores). Needs the builds
// (`npm run build`) and Debian's chromium and firefox-esr.
import { existsSync } from 'node:fs';
import { results } from './harness.mjs';
import { runChromium } from './chromium.mjs';

const only = process.argv[2];
for (const [name, bin, run] of [
  ['chromium', '/usr/bin/chromium', runChromium],
  ['firefox', '/usr/bin/firefox-esr', async () => (await import('./firefox.mjs')).runFirefox()],
]) {
  if (only && only !== name) continue;
  if (!existsSync(bin)) {
    console.log(`${name}: ${bin} not installed (apt-get install ${name === 'firefox' ? 'firefox-esr' : 'chromium'})`);
    results.failed++;
    continue;
  }
  try {
    await run();
  } catch (e) {
    results.failed++;
    console.log(`${name}: could not run: ${e?.stack ?? e}`);
  }
}
if (results.failures.length) console.log('Failed: ' + results.failures.join('; '));
console.log(`e2e: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed ? 1 : 0);
