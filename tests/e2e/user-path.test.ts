/** The shared user path (user-path.ts) in Chromium, driven by playwright-core. */
import { launchChromium } from './chromium-driver';
import { describeUserPath } from './user-path';

describeUserPath(() => launchChromium());
