import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

/**
 * V8's explicit compile hint on one built file: all its functions are compiled when the script
 * loads instead of lazily, once skimmed and again on first call. Added after minification,
 * which would drop the comment.
 */
function compileHint(fileName: string): Plugin {
  return {
    name: 'dossier-compile-hint',
    generateBundle(_options, bundle) {
      const chunk = bundle[fileName];
      if (chunk?.type === 'chunk') chunk.code = '//# allFunctionsCalledOnLoad\n' + chunk.code;
    },
  };
}

// Manifest data lives beside the code: each permission is explained in the README.
export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'Dossier',
    description: "Who's who, key points and related coverage for the news you read, kept on your machine.",
    permissions: ['storage', 'unlimitedStorage', 'tabs', ...(browser === 'firefox' ? [] : ['scripting'])],
    // The analyser is injected only into pages that pass the cheap article test.
    host_permissions: browser === 'firefox' ? undefined : ['<all_urls>'],
    ...(browser === 'firefox'
      ? {
          permissions: ['storage', 'unlimitedStorage', 'tabs', '<all_urls>'],
          browser_specific_settings: {
            gecko: {
              id: 'dossier@dossier.local',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
    action: { default_title: 'Dossier' },
    // The every-page detector is an unlisted script declared here, without WXT's content-script
    // wrapper, so that a page that is not an article costs almost nothing.
    content_scripts: [{ matches: ['http://*/*', 'https://*/*', 'file:///*'], js: ['detector.js'], run_at: 'document_idle' }],
  }),
  // Both browsers we support read ES2022. With a browser list as the target, esbuild rewrites
  // regular expressions with Unicode property escapes (\p{L}) as `new RegExp(...)` calls,
  // compiled anew on every call, in the tokenizer's hottest loops.
  vite: () => ({ plugins: [preact(), compileHint('detector.js')], build: { target: 'es2022' } }),
});
