import { existsSync } from 'node:fs';
import { test } from '@playwright/test';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 4410);
export const DEMO_PASSWORD = 'atrium-demo-password';
export const DEMO_ADMIN = 'admin@demo.atrium.test';
export const DEMO_CLIENT = 'maria.lopez@example.com';

const candidate = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** Debian's Chromium (or CHROME_PATH); null when the machine has none. */
export const browserPath: string | null = existsSync(candidate) ? candidate : null;

/** Call at the top of every spec: without a browser the tests are reported as skipped (CI refuses that earlier). */
export function skipWithoutBrowser(): void {
  test.skip(browserPath === null, `no Chromium at ${candidate}; set CHROME_PATH or install chromium`);
}
