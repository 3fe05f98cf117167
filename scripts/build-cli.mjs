// Bundles the command line (cli/main.ts and the pipeline it shares with the extension) into
// dist/cli.mjs, so `npx dossier` runs without a TypeScript loader.
import { build } from 'esbuild';

await build({
  entryPoints: ['cli/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: 'dist/cli.mjs',
  logLevel: 'warning',
  // linkedom's optional canvas support is not needed for text.
  external: ['canvas'],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
