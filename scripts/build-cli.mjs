// Bundles the command line into dist/cli.mjs, so `npx dossier` runs without a TypeScript loader.
import { build } from 'esbuild';
import { cliBuildOptions } from './cli-build-options.mjs';

await build(cliBuildOptions);
