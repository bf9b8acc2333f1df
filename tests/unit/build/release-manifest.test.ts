import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  PERMISSION_REASONS,
  RELEASE_PERMISSIONS,
  releaseManifestProblems,
} from '../../../lib/release-manifest';

const root = path.resolve(__dirname, '../../..');

type Hook = (wxt: unknown, manifest?: Record<string, unknown>) => unknown;
interface LoadedConfig {
  manifest: (env: { browser: string; mode: string }) => Record<string, unknown>;
  hooks: Record<string, Hook>;
}

/** wxt.config.ts as loaded with the given E2E variable. */
async function loadConfig(e2e: string | undefined): Promise<LoadedConfig> {
  vi.resetModules();
  if (e2e === undefined) delete process.env.E2E;
  else process.env.E2E = e2e;
  return (await import('../../../wxt.config')).default as unknown as LoadedConfig;
}

afterEach(() => {
  delete process.env.E2E;
});

// The first test imports wxt.config.ts through its loader: seconds on a busy machine.
describe('release manifest', { timeout: 30_000 }, () => {
  it('asks for activeTab, scripting and contextMenus only: no storage, no host permission', async () => {
    const config = await loadConfig(undefined);
    const manifest = config.manifest({ browser: 'chrome', mode: 'production' });
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'contextMenus']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(releaseManifestProblems(manifest)).toEqual([]);
  });

  it('declares the team server only as optional hosts (asked for on Connect), and refuses any other', async () => {
    const config = await loadConfig(undefined);
    expect(config.manifest({ browser: 'chrome', mode: 'production' }).optional_host_permissions).toEqual([
      'https://*/*',
      'http://*/*',
    ]);
    expect(config.manifest({ browser: 'firefox', mode: 'production' }).optional_permissions).toEqual([
      'https://*/*',
      'http://*/*',
    ]);
    expect(releaseManifestProblems({ optional_host_permissions: ['<all_urls>'] })).toEqual([
      "host permissions <all_urls> (the e2e build's?)",
    ]);
    expect(releaseManifestProblems({ host_permissions: ['https://*/*'] })).toHaveLength(1);
  });

  it('every permission a release may ask for has its reason, in the code and in the README', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const list = readme.slice(
      readme.indexOf('- Permissions, and why'),
      readme.indexOf('- The e2e tests start'),
    );
    for (const p of RELEASE_PERMISSIONS) {
      expect(PERMISSION_REASONS[p].length).toBeGreaterThan(10);
      expect(list).toContain(`  - \`${p}\`:`);
    }
    expect(releaseManifestProblems({ permissions: ['activeTab', 'contextMenus', 'tabs'] })).toEqual([
      'permissions not explained in README.md: tabs',
    ]);
  });

  it('nothing in the code uses chrome.storage / browser.storage', () => {
    const files = ['lib', 'entrypoints', 'components'].flatMap((d) =>
      fs
        .readdirSync(path.join(root, d), { recursive: true, encoding: 'utf8' })
        .map((f) => path.join(root, d, f)),
    );
    const users = files.filter(
      (f) => /\.tsx?$/.test(f) && /\b(chrome|browser)\.storage\b/.test(fs.readFileSync(f, 'utf8')),
    );
    expect(users).toEqual([]);
  });

  it('E2E=1 adds the fixture host only in the e2e mode, and a release build with E2E=1 is refused', async () => {
    const config = await loadConfig('1');
    expect(config.manifest({ browser: 'chrome', mode: 'e2e' }).host_permissions).toContain(
      'http://127.0.0.1/*',
    );
    expect(config.manifest({ browser: 'chrome', mode: 'production' }).host_permissions).toBeUndefined();
    const build = config.hooks['build:manifestGenerated'];
    expect(() => build({ config: { mode: 'production' } }, {})).toThrow(/E2E=1/);
    expect(() => build({ config: { mode: 'e2e' } }, {})).not.toThrow();
  });

  it('the zip step refuses a manifest with a host permission', async () => {
    const config = await loadConfig(undefined);
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zip-check-'));
    const zip = config.hooks['zip:extension:start'];
    const write = (m: object) => fs.writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(m));
    write({ permissions: ['activeTab', 'scripting'], host_permissions: ['http://127.0.0.1/*'] });
    expect(() => zip({ config: { outDir, mode: 'production' } })).toThrow(
      /host permissions http:\/\/127\.0\.0\.1/,
    );
    write({ permissions: ['activeTab', 'scripting', 'storage'] });
    expect(() => zip({ config: { outDir, mode: 'production' } })).toThrow(/storage/);
    write({ permissions: ['activeTab', 'scripting', 'contextMenus'] });
    expect(() => zip({ config: { outDir, mode: 'production' } })).not.toThrow();
  });
});
