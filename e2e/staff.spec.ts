import { test, expect, type Page } from '@playwright/test';
import { skipWithoutBrowser, DEMO_ADMIN, DEMO_PASSWORD } from './environment';

skipWithoutBrowser();

/** Collects console errors and uncaught exceptions, which every test expects none of. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return errors;
}

async function signIn(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email address').fill(DEMO_ADMIN);
  await form.getByLabel('Password').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
  await expect(page).toHaveURL(/\/contacts$/);
}

function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

test('staff create a contact, then a matter with that contact as client', async ({ page }) => {
  const errors = collectErrors(page);
  const stamp = Date.now();
  const firstName = 'Ada';
  const lastName = `Lovelace${stamp}`;
  const name = `${firstName} ${lastName}`;
  const email = `ada.${stamp}@example.com`;
  const matterName = `Estate of ${name}`;

  await signIn(page);
  await expect(page.getByRole('banner')).toContainText('Donnell & Dole LLP');
  await expect(mainNav(page).getByRole('link', { name: 'Staff' })).toBeVisible();

  // A person with one email address.
  await page.getByRole('link', { name: 'New contact' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New contact' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Person' })).toBeChecked();
  await page.getByLabel('First name').fill(firstName);
  await page.getByLabel('Last name').fill(lastName);
  await page.getByLabel('Email address 1', { exact: true }).fill(email);
  await page.getByRole('button', { name: 'Create contact' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `${name} was added.` })).toBeVisible();
  await expect(page.getByRole('link', { name: email })).toBeVisible();
  await expect(page.getByText(`${name} takes part in no matters.`)).toBeVisible();

  // A matter with the contact as a client (the role the picker starts with).
  await mainNav(page).getByRole('link', { name: 'Matters' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Matters' })).toBeVisible();
  await page.getByRole('link', { name: 'New matter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New matter' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(matterName);
  await page.getByLabel('Search contacts').fill(lastName);
  await page.getByRole('radio', { name: new RegExp(name) }).check();
  await expect(page.getByLabel('Role', { exact: true })).toHaveValue('CLIENT');
  await page.getByRole('button', { name: 'Add participant' }).click();
  await expect(page.getByRole('table', { name: 'Participants to add' }).getByRole('row', { name: new RegExp(name) })).toBeVisible();
  await page.getByRole('button', { name: 'Create matter' }).click();

  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`${matterName}$`) })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'was opened.' })).toBeVisible();
  const participants = page.getByRole('table', { name: /^Participants in/ });
  const row = participants.getByRole('row', { name: new RegExp(name) });
  await expect(row.getByRole('link', { name })).toBeVisible();
  const role = row.getByRole('combobox', { name: `Role of ${name}` });
  await expect(role).toHaveValue('CLIENT');
  await expect(role.locator('option:checked')).toHaveText('Client');

  // The contact's page lists the matter, with the role.
  await row.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const matters = page.getByRole('table', { name: `Matters ${name} takes part in` });
  await expect(matters.getByRole('row', { name: new RegExp(matterName) })).toContainText('Client');

  expect(errors).toEqual([]);
});

test('a contact with bad input shows the errors at the fields and is not created', async ({ page }) => {
  const errors = collectErrors(page);
  const stamp = Date.now();
  const lastName = `Nobody${stamp}`;

  await signIn(page);
  await page.getByRole('link', { name: 'New contact' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New contact' })).toBeVisible();

  // No name at all: the error sits at the last name, which gets focus, and the form-level alert says so.
  await page.getByRole('button', { name: 'Create contact' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('needs attention');
  const lastNameInput = page.getByLabel('Last name');
  await expect(lastNameInput).toHaveAccessibleDescription(/Enter a first or last name\./);
  await expect(lastNameInput).toHaveAttribute('aria-invalid', 'true');
  await expect(lastNameInput).toBeFocused();

  // A name, but an email address that is not one: the error moves to that address.
  await lastNameInput.fill(lastName);
  const emailInput = page.getByLabel('Email address 1', { exact: true });
  await emailInput.fill(`not-an-email-${stamp}`);
  await page.getByRole('button', { name: 'Create contact' }).click();
  await expect(emailInput).toHaveAccessibleDescription(/Enter an email address like name@example\.com\./);
  await expect(emailInput).toBeFocused();
  await expect(lastNameInput).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/contacts\/new$/);
  await expect(page.getByRole('status').filter({ hasText: 'was added' })).toHaveCount(0);

  // Nothing was created.
  await mainNav(page).getByRole('link', { name: 'Contacts' }).click();
  await page.getByLabel('Search by name or email').fill(lastName);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('No contacts match these filters.')).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(lastName) })).toHaveCount(0);

  expect(errors).toEqual([]);
});

test('signing out returns to the sign-in page, and a wrong password shows the generic error', async ({ page }) => {
  const errors = collectErrors(page);
  await signIn(page);

  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  const form = page.getByRole('form', { name: 'Sign in' });
  await expect(form).toBeVisible();

  // The session is gone: the app sends us back to sign in.
  await page.goto('/matters');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(form).toBeVisible();

  await form.getByLabel('Email address').fill(DEMO_ADMIN);
  await form.getByLabel('Password').fill('not-the-right-password');
  await form.getByRole('button', { name: 'Sign in' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('That email and password do not match an account.');
  await expect(alert).toBeFocused();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);

  expect(errors).toEqual([]);
});
