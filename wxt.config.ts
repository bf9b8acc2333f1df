import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * The e2e build (E2E=1) adds a host permission for the local fixture server:
 * activeTab is only granted by a real click on the toolbar button, which a
 * test cannot make. The production build asks for activeTab, scripting and
 * declares no content script.
 */
const e2e = process.env.E2E === '1';

/** Drawn by scripts/icons (npm run icons) from public/icons/icon.svg's shapes. */
const ICONS = Object.fromEntries([16, 32, 48, 128].map((n) => [n, `icons/icon-${n}.png`]));

export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The content script is registered at runtime (injected by the popup): no empty
    // content_scripts key in the manifest, so it is plain that no page is scripted by default.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!manifest.content_scripts?.length) delete manifest.content_scripts;
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting'],
    ...(e2e ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    icons: ICONS,
    action: { default_title: '__MSG_actionTitle__', default_icon: ICONS },
    // The toolbar button's key; the user can change it in the browser's shortcut settings.
    commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+C' } } },
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    // Firefox keys an add-on's storage (IndexedDB included) by this id.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'mali-crosscheck@example.org' } } }
      : {}),
  }),
});
