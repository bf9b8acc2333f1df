import fs from 'node:fs';
import path from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { OPTIONAL_TEAM_HOSTS, RELEASE_PERMISSIONS, releaseManifestProblems } from './lib/release-manifest';

/**
 * The e2e build (`npm run build:e2e`: E2E=1 and --mode e2e) adds a host
 * permission for the local fixture server: activeTab is only granted by a
 * real click on the toolbar button, which a test cannot make. Any other build
 * with E2E=1 is refused, and the zip step refuses a manifest with a host
 * permission. The release build asks for activeTab and scripting only
 * (README.md says why) and declares no content script.
 */
const e2e = process.env.E2E === '1';

/** The toolbar button's tooltip. WXT would take the popup page's <title> instead: the hook below puts this back. */
const TOOLBAR_TITLE = '__MSG_actionTitle__';

/**
 * Firefox: the id keys the add-on's storage (IndexedDB included); addons.mozilla.org
 * requires new add-ons to declare what data they send out — none: everything stays in
 * the browser (https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/).
 */
const GECKO = {
  id: 'mali-crosscheck@example.org',
  data_collection_permissions: { required: ['none'] },
};

/** Drawn by scripts/icons (npm run icons) from public/icons/icon.svg's shapes. */
const ICONS = Object.fromEntries([16, 32, 48, 128].map((n) => [n, `icons/icon-${n}.png`]));

/**
 * The popup's first script is small and imports its UI and its work code (the extractor, the store)
 * dynamically, so that it starts before their code runs (entrypoints/popup/main.tsx). Listed in the
 * page as modulepreload, the browser fetches and compiles those chunks while the page is parsed
 * instead of after the first script asked for them (each fetch of an extension file is a round trip
 * to the browser process). In Chromium the background has done the work after a click on the
 * toolbar button (entrypoints/background/toolbar-click.ts): the work code (600 kB) is not preloaded
 * there, its compiling would hold up the popup drawing the view it is handed.
 */
function preloadPopupChunks(browser: string): Plugin {
  return {
    name: 'mali-crosscheck:preload-popup-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const { chunk, bundle } = ctx;
        if (!chunk || !bundle || !ctx.path.endsWith('/popup/index.html')) return;
        const listed = new Set([chunk.fileName, ...chunk.imports]);
        const wanted = new Set<string>();
        const visit = (file: string) => {
          const c = bundle[file];
          if (wanted.has(file) || c?.type !== 'chunk') return;
          wanted.add(file);
          c.imports.forEach(visit);
        };
        const heavy = (file: string) => browser !== 'firefox' && /(^|\/)work-[^/]*\.js$/.test(file);
        chunk.dynamicImports.filter((file) => !heavy(file)).forEach(visit);
        return [...wanted]
          .filter((file) => !listed.has(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

export default defineConfig({
  // SOURCEMAP=1 (e.g. `SOURCEMAP=1 npm run build:e2e`) for reading a CPU profile of the popup by source line.
  vite: (env) => ({
    plugins: [preact(), preloadPopupChunks(env.browser)],
    build: process.env.SOURCEMAP === '1' ? { sourcemap: true } : {},
  }),
  hooks: {
    // The content script is registered at runtime (injected by the popup): no empty
    // content_scripts key in the manifest, so it is plain that no page is scripted by default.
    'build:manifestGenerated': (wxt, manifest) => {
      if (e2e && wxt.config.mode !== 'e2e')
        throw new Error(
          'E2E=1 is only for `npm run build:e2e` (--mode e2e); a release build must not have it.',
        );
      if (!manifest.content_scripts?.length) delete manifest.content_scripts;
      // Chromium: the toolbar button has no popup of its own, so that its click reaches the
      // background, which starts reading the page and opens the popup (entrypoints/background/
      // toolbar-click.ts). Firefox opens the popup itself, which reads the page.
      if (wxt.config.browser !== 'firefox' && manifest.action) delete manifest.action.default_popup;
      // MV3 "action", MV2 (Firefox) "browser_action" (where WXT puts the popup before converting).
      for (const action of [manifest.action, manifest.browser_action])
        if (action) action.default_title = TOOLBAR_TITLE;
    },
    'zip:extension:start': (wxt) => {
      const manifest = JSON.parse(fs.readFileSync(path.join(wxt.config.outDir, 'manifest.json'), 'utf8'));
      const problems = releaseManifestProblems(manifest);
      if (e2e || wxt.config.mode === 'e2e') problems.unshift('an e2e build');
      if (problems.length) throw new Error(`Refusing to zip a release: ${problems.join('; ')}.`);
    },
  },
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [...RELEASE_PERMISSIONS],
    ...(e2e && mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'] } : {}),
    // The team server (sync): optional, its one origin asked for on Connect. MV2 lists them in optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: [...OPTIONAL_TEAM_HOSTS] }
      : { optional_host_permissions: [...OPTIONAL_TEAM_HOSTS] }),
    icons: ICONS,
    action: { default_title: TOOLBAR_TITLE, default_icon: ICONS },
    // The toolbar button's key; the user can change it in the browser's shortcut settings.
    commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+C' } } },
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    // Firefox keys an add-on's storage (IndexedDB included) by this id.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: GECKO } } : {}),
  }),
});
