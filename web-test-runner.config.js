// Browser tests run in the system Chromium through Playwright (its own browser download cannot work on
// a machine without internet); CHROME_PATH overrides the default /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(
    `No Chromium at ${executablePath}: install it with "apt-get install -y chromium" or set CHROME_PATH to a Chromium or Chrome executable.`,
  );
  process.exit(1);
}

export default {
  files: 'test/browser/**/*.test.ts',
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
      // Deterministic Czech formatting and dates, whatever the machine's settings.
      createBrowserContext: ({ browser }) => browser.newContext({ locale: 'cs-CZ', timezoneId: 'Europe/Prague' }),
    }),
  ],
};
