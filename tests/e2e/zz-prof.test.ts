import fs from 'node:fs';
import { afterAll, beforeAll, it } from 'vitest';
import { launch, openExtensionPage, openPage, openPopupFor, type Harness } from './harness';
let h: Harness;
beforeAll(async () => { h = await launch({ toolbarPopup: true }); });
afterAll(async () => { await h?.close(); });

it('profile', async () => {
  const first = await openPopupFor(h, 'wire-bandiagara-horizon.html');
  await first.popup.locator('button[data-save-state="new"]').click();
  await first.popup.waitForSelector('button[data-save-state="saved"]');
  await first.popup.close(); await first.page.close();
  const profiles = [];
  for (let i = 0; i < 4; i++) {
    const { tabId, page } = await openPage(h, 'wire-bandiagara-continental.html');
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    const session = await h.context.newCDPSession(popup);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 100 });
    await session.send('Profiler.start');
    await popup.goto(h.extensionUrl(`popup.html?tabId=${tabId}`));
    await popup.waitForSelector('.comparison');
    await new Promise((r) => setTimeout(r, 300));
    const { profile } = await session.send('Profiler.stop');
    profiles.push(profile);
    await popup.close(); await page.close();
  }
  fs.writeFileSync('/tmp/prof.json', JSON.stringify(profiles));
});
