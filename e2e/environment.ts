import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type ConsoleMessage, type Page } from '@playwright/test';

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

/** Where e2e/start-server.mjs writes each email its SMTP server receives, one JSON file per message. */
export const MAIL_DIR = join(tmpdir(), `atrium-e2e-mail-${E2E_PORT}`);

export interface CaughtMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export function caughtMail(): CaughtMail[] {
  if (!existsSync(MAIL_DIR)) return [];
  return readdirSync(MAIL_DIR)
    .sort()
    .map((file) => JSON.parse(readFileSync(join(MAIL_DIR, file), 'utf8')) as CaughtMail);
}

/** Waits for an email matching the test to reach the SMTP server. */
export async function waitForMail(test: (mail: CaughtMail) => boolean, timeoutMs = 20_000): Promise<CaughtMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = caughtMail().find(test);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no matching email within ${timeoutMs} ms; got: ${caughtMail().map((m) => `${m.to}: ${m.subject}`).join(' | ') || 'none'}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Collects console errors and uncaught exceptions on a page, which the tests expect none of,
 * except those `expected` allows. Chromium reports a script it kept out of a sandboxed email
 * frame as an error (the test runner's own probes included): that refusal is the point of the
 * sandbox, so it is never counted.
 */
export function collectErrors(page: Page, expected: (message: ConsoleMessage) => boolean = () => false): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' || expected(message)) return;
    if (message.location().url === 'about:srcdoc' && message.text().startsWith('Blocked script execution')) return;
    errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return errors;
}

/** Signs the demo firm's admin in to the staff app and waits for the first page, the contacts. */
export async function signInAsStaff(page: Page): Promise<void> {
  await page.goto('/sign-in');
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email address').fill(DEMO_ADMIN);
  await form.getByLabel('Password').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
}

/** Submits the demo client's email and password on the sign-in page at `address`; the caller checks what follows. */
export async function signInAsClient(page: Page, address = '/p/demo'): Promise<void> {
  await page.goto(address);
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email address').fill(DEMO_CLIENT);
  await form.getByLabel('Password').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'Sign in' }).click();
}
