/** The built manifest's browser-edge keys: icons, the toolbar shortcut, the locales. */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

it('declares icons, the Alt+Shift+C command and the default locale, with names from the locales', () => {
  const m = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(m.default_locale).toBe('en');
  expect(m.name).toBe('__MSG_extName__');
  for (const size of ['16', '32', '48', '128']) {
    expect(m.icons[size]).toBe(`icons/icon-${size}.png`);
    expect(m.action.default_icon[size]).toBe(`icons/icon-${size}.png`);
    expect(fs.existsSync(path.join(EXTENSION_DIR, m.icons[size]))).toBe(true);
  }
  expect(m.commands._execute_action.suggested_key.default).toBe('Alt+Shift+C');
  for (const lang of ['en', 'fr'])
    expect(
      JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, `_locales/${lang}/messages.json`), 'utf8')).extName
        .message,
    ).toBe('Mali Crosscheck');
});
