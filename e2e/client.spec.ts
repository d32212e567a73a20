import { test, expect, type Page } from '@playwright/test';
import { collectErrors, skipWithoutBrowser, DEMO_CLIENT, DEMO_PASSWORD } from './environment';

skipWithoutBrowser();

const FIRM_NAME = 'Donnell & Dole LLP';

function signInForm(page: Page) {
  return page.getByRole('form', { name: 'Sign in' });
}

test('a client signs in at the firm’s address, stays signed in on reload and signs out', async ({ page }) => {
  const errors = collectErrors(page);
  const response = await page.goto('/p/demo');
  expect(response?.status()).toBe(200);

  await expect(page.getByRole('banner')).toContainText(FIRM_NAME);
  await expect(page).toHaveTitle(`${FIRM_NAME} · Client portal`);
  const form = signInForm(page);
  await expect(form).toBeVisible();
  await expect(page.getByText('Your account is created from the invitation email')).toBeVisible();

  // A wrong password: the generic error, as a focused alert, and no way in.
  await form.getByLabel('Email address').fill(DEMO_CLIENT);
  await form.getByLabel('Password').fill('not-the-right-password');
  await form.getByRole('button', { name: 'Sign in' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('That email and password do not match an account.');
  await expect(alert).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

  // The right one opens the home page.
  await form.getByLabel('Password').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'Sign in' }).click();
  const greeting = page.getByRole('heading', { level: 1, name: 'Welcome, Maria Lopez' });
  await expect(greeting).toBeVisible();
  // Her portal, with the matter the firm shares in it and who is responsible for it.
  const portal = page.getByRole('region', { name: 'Portal Maria Lopez' });
  await expect(portal.getByRole('heading', { level: 2, name: 'Portal Maria Lopez' })).toBeVisible();
  const matter = portal.getByRole('list', { name: 'Matters shared with you' }).getByRole('listitem');
  await expect(matter).toHaveCount(1);
  await expect(matter).toContainText('Lopez estate planning');
  await expect(matter).toContainText('Open');
  await expect(matter).toContainText('Jordan Dole');
  await expect(page.getByRole('alert')).toHaveCount(0);

  // The session survives a reload.
  await page.reload();
  await expect(greeting).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(FIRM_NAME);

  // Sign out from the header menu: back to the sign-in page, and the session is really gone.
  await page.getByRole('button', { name: 'Maria Lopez' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(signInForm(page)).toBeVisible();
  await expect(page).toHaveURL(/\/p\/demo$/);
  await page.reload();
  await expect(signInForm(page)).toBeVisible();
  await expect(greeting).toHaveCount(0);

  expect(errors).toEqual([]);
});

test('an address with no firm shows the no-portal page with status 404', async ({ page, baseURL }) => {
  const address = new URL('/p/no-such-firm', baseURL).toString();
  // The browser itself reports the page's own 404 status in the console; nothing else may appear.
  const errors = collectErrors(
    page,
    (message) => message.location().url === address && message.text().includes('the server responded with a status of 404'),
  );
  const response = await page.goto('/p/no-such-firm');
  expect(response?.status()).toBe(404);

  await expect(page.getByRole('heading', { level: 1, name: 'There is no client portal at this address' })).toBeVisible();
  await expect(page.getByText('open the link from your firm’s email again')).toBeVisible();
  await expect(page.getByRole('form')).toHaveCount(0);
  await expect(page.getByLabel('Password')).toHaveCount(0);
  await expect(page.getByText(FIRM_NAME)).toHaveCount(0);

  expect(errors).toEqual([]);
});

test('the sign-in form and the header menu work with the keyboard alone', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/p/demo');
  const form = signInForm(page);
  await expect(form).toBeVisible();
  const email = form.getByLabel('Email address');
  const password = form.getByLabel('Password');

  // Tab into the form.
  for (let presses = 0; presses < 10 && !(await email.evaluate((element) => element === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(email).toBeFocused();

  // Enter on an empty form: the error is tied to the field, and focus stays there.
  await page.keyboard.press('Enter');
  await expect(email).toBeFocused();
  await expect(email).toHaveAccessibleDescription(/Enter your email address/);
  await expect(email).toHaveAttribute('aria-invalid', 'true');

  await page.keyboard.type(DEMO_CLIENT);
  await page.keyboard.press('Tab');
  await expect(password).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Maria Lopez' })).toBeVisible();

  // The header menu: open with Enter, close with Escape, then sign out.
  const menu = page.getByRole('button', { name: 'Maria Lopez' });
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Settings' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(signInForm(page)).toBeVisible();

  expect(errors).toEqual([]);
});

test('an unknown page under the firm’s address says so and links home', async ({ page }) => {
  const errors = collectErrors(page);
  const response = await page.goto('/p/demo/no/such/page');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(FIRM_NAME);
  await page.getByRole('link', { name: 'Go to the portal home' }).click();
  await expect(page).toHaveURL(/\/p\/demo$/);
  await expect(signInForm(page)).toBeVisible();
  expect(errors).toEqual([]);
});
