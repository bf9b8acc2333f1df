/** The Firefox driver's console filter: the extension's errors kept, the browser's own chatter left out. */
import { expect, it } from 'vitest';
import { extensionErrorLines } from '../firefox-console';

const UUID = '00000000-0000-4000-8000-000000000001';

it("keeps the extension's errors and leaves out the browser's own", () => {
  const output = [
    'console.debug: "a debug line from a page"',
    'Extension error: [Exception... "Component returned failure code: 0x80070057 (NS_ERROR_ILLEGAL_VALUE) [nsIDOMWindowUtils.addSheet]"',
    'runSafeSyncWithoutClone@resource://gre/modules/ExtensionCommon.sys.mjs:66:12',
    'console.error: "the popup could not open the store"',
    'console.error: RSLoader: ',
    `JavaScript error: moz-extension://${UUID}/chunks/popup.js, line 3: TypeError: x is undefined`,
    'JavaScript error: moz-extension://another-add-on/x.js, line 1: Error',
    'JavaScript error: resource://gre/modules/PrivateBrowsingUtils.sys.mjs, line 50: TypeError: docShell is null',
    'Handler function threw an exception: TypeError: can\'t access property "id", context is null',
  ].join('\n');
  expect(extensionErrorLines(output, UUID)).toEqual([
    'Extension error: [Exception... "Component returned failure code: 0x80070057 (NS_ERROR_ILLEGAL_VALUE) [nsIDOMWindowUtils.addSheet]"',
    'console.error: "the popup could not open the store"',
    `JavaScript error: moz-extension://${UUID}/chunks/popup.js, line 3: TypeError: x is undefined`,
  ]);
});
