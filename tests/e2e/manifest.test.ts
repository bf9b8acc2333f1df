/**
 * The permissions the extension asks for. Production: activeTab, scripting,
 * (no storage: settings live in the extension's localStorage); no host permission, no content script declared for any page. The
 * e2e build only adds the local fixture server's host.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { EXTENSION_DIR, ROOT } from './harness';

const read = (dir: string) =>
  JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

it('the e2e build asks only for activeTab, scripting and the fixture server', () => {
  const m = read(EXTENSION_DIR);
  expect(m.permissions).toEqual(['activeTab', 'scripting']);
  expect(m.host_permissions).toEqual(['http://127.0.0.1/*']);
  expect(m.content_scripts).toBeUndefined();
});

const production = path.join(ROOT, '.output/chrome-mv3');
it.skipIf(!fs.existsSync(path.join(production, 'manifest.json')))(
  'the production build has no host permission and no content script',
  () => {
    const m = read(production);
    expect(m.permissions).toEqual(['activeTab', 'scripting']);
    expect(m.host_permissions).toBeUndefined();
    expect(m.content_scripts).toBeUndefined();
    expect(fs.existsSync(path.join(production, 'content-scripts/content.js'))).toBe(true);
  },
);
