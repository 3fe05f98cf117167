import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    alias: { 'webextension-polyfill': fileURLToPath(new URL('./tests/setup/fake-polyfill.ts', import.meta.url)) },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    testTimeout: 30000,
  },
});
