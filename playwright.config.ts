import { defineConfig, devices } from '@playwright/test';

/** Where the built site is served for the browser tests, with its _headers (scripts/serve-dist.ts). */
const port = Number(process.env['PREVIEW_PORT'] ?? 4322);
export const baseURL = `http://127.0.0.1:${port}`;
/** The site built with a made-up second year laid over the content (scripts/build-fixture-site.ts). */
export const secondYearURL = `http://127.0.0.1:${port + 1}`;

export default defineConfig({
  testDir: 'tests/e2e',
  // Two cores here: more workers only fight over them.
  workers: 2,
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  use: {
    baseURL,
    ...devices['Desktop Chrome'],
    locale: 'en-GB',
    launchOptions: {
      // Debian's Chromium (scripts/ensure-chromium.sh installs it); the flags stop it calling
      // home, which this machine's closed network would refuse many times over.
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: [
    {
      command: `node scripts/serve-dist.ts --port ${port}`,
      url: `${baseURL}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    {
      command: `node scripts/serve-dist.ts --port ${port + 1} --dir dist-fixtures/second-year`,
      url: `${secondYearURL}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
  ],
});
