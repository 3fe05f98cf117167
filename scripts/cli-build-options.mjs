// How the command line is bundled (cli/main.ts and the pipeline it shares with the extension),
// shared by `npm run build:cli` and the held-out evaluation, which swaps in other weights.
export const cliBuildOptions = {
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
};
