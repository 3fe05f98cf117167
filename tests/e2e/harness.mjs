// A small test runner for the browser tests: named checks, failures collected, a closing
// "N passed, N failed" line, artifacts (screenshots) under test-artifacts/.
import { mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const artifacts = join(root, 'test-artifacts');
mkdirSync(artifacts, { recursive: true });

export const results = { passed: 0, failed: 0, failures: [] };

export async function check(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    results.passed++;
    console.log(`  ✓ ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    results.failed++;
    results.failures.push(name);
    const text = String(e?.stack ?? e);
    console.log(`  ✗ ${name}\n      ${(text.length > 800 ? text.slice(0, 800) + ' …' : text).split('\n').slice(0, 4).join('\n      ')}`);
  }
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

export function assertEq(actual, expected, message) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms).unref?.());

/** Is this URL one the extension or the test pages may load? */
export function isLocal(url) {
  return /^(http:\/\/127\.0\.0\.1[:/]|chrome-extension:|moz-extension:|data:|blob:|about:|chrome:)/.test(url);
}
