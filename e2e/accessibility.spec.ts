// WCAG 2.2 AA checks with axe in a real browser, on the pages people use most, at desktop and
// phone widths. A page passes only with no violations at all.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_ADMIN, DEMO_CLIENT, DEMO_PASSWORD, skipWithoutBrowser } from './environment';

skipWithoutBrowser();

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(found, `${what} has accessibility violations`).toEqual([]);
}

async function signInStaff(page: Page): Promise<void> {
  await page.goto('/sign-in');
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email address').fill(DEMO_ADMIN);
  await form.getByLabel('Password').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
}

for (const viewport of [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 740 },
]) {
  test.describe(`at ${viewport.name} width`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('the staff app’s main pages have no WCAG 2.2 AA violations', async ({ page }) => {
      await page.goto('/sign-in');
      await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
      await expectAccessible(page, 'staff sign-in');
      await signInStaff(page);
      await expectAccessible(page, 'contacts list');
      await page.getByRole('link', { name: 'Maria Lopez' }).first().click();
      await expect(page.getByRole('heading', { level: 1, name: 'Maria Lopez' })).toBeVisible();
      await expect(page.getByText('maria.lopez@example.com').first()).toBeVisible();
      await expectAccessible(page, 'contact page with its client portal panel');
      for (const [path, heading] of [
        ['/matters', 'Matters'],
        ['/portals', 'Client portals'],
        ['/settings/portal', 'Portal settings'],
        ['/mail', 'Sent mail'],
        ['/activity', 'Activity'],
      ] as const) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
        await expectAccessible(page, heading);
      }
    });

    test('the client portal’s pages have no WCAG 2.2 AA violations', async ({ page }) => {
      await page.goto('/p/demo');
      await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
      await expectAccessible(page, 'client sign-in');
      await page.goto('/p/demo/forgot-password');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page, 'forgot password');
      await page.goto('/p/demo/accept#not-a-real-token');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page, 'unusable invitation link');
      await page.goto('/p/demo');
      await page.getByLabel('Email address').fill(DEMO_CLIENT);
      await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByText('Lopez estate planning')).toBeVisible();
      await expectAccessible(page, 'client home');
      await page.goto('/p/demo/settings');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page, 'client settings');
    });
  });
}
