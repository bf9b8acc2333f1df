/**
 * The permissions the extension asks for, in Chrome and Firefox. Production:
 * activeTab, scripting and contextMenus (README.md says why; no storage: nothing uses
 * chrome.storage); no host permission, no content script declared for any page.
 * The e2e build only adds the local fixture server's two loopback host names.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { EXTENSION_DIR, ROOT } from './harness';

const read = (dir: string) =>
  JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

it('the e2e build asks only for activeTab, scripting, contextMenus and the fixture server', () => {
  const m = read(EXTENSION_DIR);
  expect(m.permissions).toEqual(['activeTab', 'scripting', 'contextMenus']);
  expect(m.host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
  expect(m.content_scripts).toBeUndefined();
  expect((m.action as { default_title?: string }).default_title).toBe('__MSG_actionTitle__');
  expect(actionTitleEn()).toBe('Cross-check this report');
});

const production = path.join(ROOT, '.output/chrome-mv3');
it.skipIf(!fs.existsSync(path.join(production, 'manifest.json')))(
  'the production build has no host permission and no content script',
  () => {
    const m = read(production);
    expect(m.permissions).toEqual(['activeTab', 'scripting', 'contextMenus']);
    expect(m.host_permissions).toBeUndefined();
    expect(m.content_scripts).toBeUndefined();
    expect(fs.existsSync(path.join(production, 'content-scripts/content.js'))).toBe(true);
  },
);

const firefox = path.join(ROOT, '.output/firefox-mv2');
it.skipIf(!fs.existsSync(path.join(firefox, 'manifest.json')))(
  'the Firefox build declares that it collects no data, and asks for no host',
  () => {
    const m = read(firefox) as {
      permissions?: string[];
      browser_action?: { default_title?: string };
      browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: unknown } };
    };
    // MV2: host permissions would be listed among the permissions.
    expect(m.permissions).toEqual(['activeTab', 'scripting', 'contextMenus']);
    expect(m.browser_action?.default_title).toBe('__MSG_actionTitle__');
    expect(m.browser_specific_settings?.gecko).toEqual({
      id: 'mali-crosscheck@example.org',
      data_collection_permissions: { required: ['none'] },
    });
  },
);

/** The toolbar title in the English locale the manifest's __MSG_actionTitle__ names. */
function actionTitleEn(): string {
  const en = JSON.parse(
    fs.readFileSync(path.join(ROOT, 'public/_locales/en/messages.json'), 'utf8'),
  ) as Record<string, { message: string }>;
  return en.actionTitle.message;
}
