/** The shared user path (../user-path.ts) in Firefox ESR, driven by puppeteer-core over WebDriver BiDi. */
import { launchFirefox } from '../firefox-driver';
import { describeUserPath } from '../user-path';

describeUserPath(() => launchFirefox());
