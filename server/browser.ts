import type { LaunchOptions } from 'playwright-core';

/**
 * Debian's Chromium, launched the way this machine allows: Playwright cannot download its own
 * browser here, and Chromium's background connections are refused by the closed network.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
};
