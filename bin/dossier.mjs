#!/usr/bin/env node
// Runs the command line built from cli/ (npm's postinstall builds it into dist/).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(built)) {
  console.error('dossier: the command line is not built yet; run `npm run build:cli` (npm ci does it).');
  process.exit(2);
}
const { main } = await import(built);
process.exitCode = await main(process.argv.slice(2));
