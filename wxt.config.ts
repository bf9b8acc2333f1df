import fs from 'node:fs';
import path from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { RELEASE_PERMISSIONS, releaseManifestProblems } from './lib/release-manifest';

/**
 * The e2e build (`npm run build:e2e`: E2E=1 and --mode e2e) adds a host
 * permission for the local fixture server: activeTab is only granted by a
 * real click on the toolbar button, which a test cannot make. Any other build
 * with E2E=1 is refused, and the zip step refuses a manifest with a host
 * permission. The release build asks for activeTab and scripting only
 * (README.md says why) and declares no content script.
 */
const e2e = process.env.E2E === '1';

export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The content script is registered at runtime (injected by the popup): no empty
    // content_scripts key in the manifest, so it is plain that no page is scripted by default.
    'build:manifestGenerated': (wxt, manifest) => {
      if (e2e && wxt.config.mode !== 'e2e')
        throw new Error(
          'E2E=1 is only for `npm run build:e2e` (--mode e2e); a release build must not have it.',
        );
      if (!manifest.content_scripts?.length) delete manifest.content_scripts;
    },
    'zip:extension:start': (wxt) => {
      const manifest = JSON.parse(fs.readFileSync(path.join(wxt.config.outDir, 'manifest.json'), 'utf8'));
      const problems = releaseManifestProblems(manifest);
      if (e2e || wxt.config.mode === 'e2e') problems.unshift('an e2e build');
      if (problems.length) throw new Error(`Refusing to zip a release: ${problems.join('; ')}.`);
    },
  },
  manifest: ({ browser, mode }) => ({
    name: 'Mali Crosscheck',
    description:
      'Reads a news report of an attack in Mali, finds its claims and compares them with reports from other outlets you saved.',
    permissions: [...RELEASE_PERMISSIONS],
    ...(e2e && mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'] } : {}),
    action: { default_title: 'Cross-check this report' },
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    // Firefox keys an add-on's storage (IndexedDB included) by this id.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'mali-crosscheck@example.org' } } }
      : {}),
  }),
});
