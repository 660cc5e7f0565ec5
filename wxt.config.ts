import { defineConfig } from 'wxt';
import { buildManifest } from './lib/manifest/build-manifest';
import { tokenizerAsset } from './lib/manifest/tokenizer-asset';

// See README "Permissions" for why each entry is needed.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: grep finds every definition and its users.
  imports: false,
  // Parallel work (and the bench) can build into its own folder without disturbing a running test.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  manifest: ({ browser, manifestVersion }) => buildManifest({ browser, manifestVersion }),
  hooks: {
    'build:publicAssets': async (_wxt, files) => {
      files.push(await tokenizerAsset());
    },
  },
});
