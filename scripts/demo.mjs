#!/usr/bin/env node
/**
 * npm run demo [-- --no-build] [-- --check]
 *
 * Builds the production extension (activeTab only, as users get it), serves
 * the invented fixture news pages on 127.0.0.1 with an index page, and opens
 * Chromium (headed) with the extension loaded and the index open.
 * CHROMIUM_PATH picks the browser (default /usr/bin/chromium).
 * --no-build reuses .output/chrome-mv3; --check starts everything headless,
 * checks the extension loaded and the index lists the pages, then exits.
 * A headed browser needs a display: without $DISPLAY (or $WAYLAND_DISPLAY) the
 * demo says how to run it (xvfb-run, or --check) and exits 1. If the browser
 * fails to start, the demo prints its exit code and last lines and exits 1.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../tests/e2e/static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const extensionDir = path.join(root, '.output/chrome-mv3');
const fixtures = path.join(root, 'tests/fixtures/pages');
const args = process.argv.slice(2);
const check = args.includes('--check');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** How many of the browser's last stderr lines to show when it fails. */
const TAIL_LINES = 15;
/** A browser that exits this soon after starting did not start (a user closes it later). */
const START_MS = 10_000;

const noDisplay = (why) => `${why}
  - On a machine without a screen, run the demo in a virtual display:
      xvfb-run npm run demo        (apt-get install xvfb)
  - Or run the headless self-test, which needs no display:
      npm run demo -- --check`;

const hasDisplay = () => !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

/** Keeps the last `n` lines of a stream. */
function tail(stream, n) {
  const lines = [];
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() ?? '';
    lines.push(...parts.filter((l) => l.trim()));
    lines.splice(0, Math.max(0, lines.length - n));
  });
  return () => [...lines, ...(rest.trim() ? [rest] : [])].slice(-n);
}

function build() {
  if (args.includes('--no-build') && fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    console.log(`Reusing the built extension in ${path.relative(root, extensionDir)}`);
    return;
  }
  console.log('Building the extension (npm run build)…');
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    if (fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
      console.warn('The build failed; reusing the extension built before.');
      return;
    }
    console.error('The build failed and there is no earlier build to use.');
    process.exit(1);
  }
}

function chromiumFlags(profile) {
  return [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-sync',
    // Chromium's sandbox needs user namespaces that root in a container does not have.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
}

async function runCheck(server) {
  const { chromium } = await import('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mali-crosscheck-demo-check-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless=new',
      ...chromiumFlags(profile).slice(1),
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  try {
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    const links = await page.locator('li a').count();
    console.log(`check: extension ${new URL(worker.url()).host} loaded; index lists ${links} pages`);
    if (links < 5) throw new Error('the index lists too few pages');
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

async function main() {
  if (!fs.existsSync(chromiumPath)) {
    console.error(
      `No Chromium at ${chromiumPath}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
  if (!check && !hasDisplay()) {
    console.error(noDisplay('No display: $DISPLAY is not set, so Chromium cannot open a window.'));
    process.exit(1);
  }
  build();
  const server = await startStaticServer(fixtures, Number(process.env.DEMO_PORT ?? 0));
  if (check) {
    try {
      await runCheck(server);
    } finally {
      await server.close();
    }
    return;
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mali-crosscheck-demo-'));
  const startedAt = Date.now();
  const browser = spawn(chromiumPath, [...chromiumFlags(profile), `${server.origin}/`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const lastLines = tail(browser.stderr, TAIL_LINES);
  let stopping = false;
  console.log(`
Mali Crosscheck demo
  Fixture pages (all attacks invented): ${server.origin}/
  Browser: ${chromiumPath} with a fresh profile and the extension loaded.

What to do:
  1. Click the puzzle-piece icon in the toolbar and pin "Mali Crosscheck".
  2. Open "Mali: jihadists claim deadly assault on Boulkessi army camp" and click the
     Mali Crosscheck button: the popup lists the claims and highlights them in the page.
     Click Save.
  3. Go back and open "Attaque contre le camp de Boulikessi…" (the same attack, in French),
     click the button: the comparison table marks the soldiers' toll as a conflict.
  4. Try the politics, Spanish, Burkina Faso and home pages: the popup says why there is
     nothing to compare. "Open the dashboard" shows the saved events.

Close the browser window (or press Ctrl-C) to stop.`);
  const cleanUp = async () => {
    await server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  const stop = async () => {
    stopping = true;
    if (browser.exitCode === null) browser.kill();
    await cleanUp();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  browser.on('error', async (err) => {
    console.error(`\nThe browser could not be started (${chromiumPath}): ${err.message}`);
    await cleanUp();
    process.exit(1);
  });
  browser.on('exit', async (code, signal) => {
    if (stopping) return;
    const early = Date.now() - startedAt < START_MS;
    if (code === 0) return stop(); // the user closed the browser
    console.error(
      `\nThe browser ${early ? 'failed to start' : 'stopped unexpectedly'}: ${chromiumPath} exited with ${
        signal ? `signal ${signal}` : `code ${code}`
      }.`,
    );
    const lines = lastLines();
    if (lines.length) console.error(`Its last lines:\n${lines.map((l) => `  ${l}`).join('\n')}`);
    if (!hasDisplay() || lines.some((l) => /DISPLAY|platform failed to initialize/i.test(l)))
      console.error(
        `\n${noDisplay(`Chromium found no usable display (DISPLAY=${process.env.DISPLAY ?? ''}).`)}`,
      );
    await cleanUp();
    process.exit(1);
  });
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
