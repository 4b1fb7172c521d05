import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** The system Chromium the browser tests drive (Debian's `chromium` package; scripts/test.sh installs it as root). */
const CHROMIUM_PATH = '/usr/bin/chromium';

/** Launches headless Chromium, or fails (never skips) naming what is missing. */
export async function launchHeadlessChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} is missing: the tab's browser tests need Chromium. Install Debian's "chromium" package ` +
        '(npm test does this when run as root) and run the tests again.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
    timeout: 30000,
  });
}
