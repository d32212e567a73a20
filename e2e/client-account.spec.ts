import { test, expect, type Page } from '@playwright/test';
import { collectErrors, skipWithoutBrowser, DEMO_CLIENT, signInAsClient } from './environment';

skipWithoutBrowser();

const FIRM_NAME = 'Donnell & Dole LLP';
const NEUTRAL_CONFIRMATION = 'If an account exists for that address, we’ve sent a link to choose a new password.';

/** Puts the demo client's name back through the API (with this page's session), whatever the test did. */
async function renameMaria(page: Page, name: string) {
  const response = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json', 'x-atrium-firm': 'demo' },
    data: { query: 'mutation ($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { errors { message } } }', variables: { input: { name } } },
  });
  expect(response.ok()).toBe(true);
}

test('“Forgot your password?” gives the same neutral confirmation for any address', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/p/demo');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page).toHaveURL(/\/p\/demo\/forgot-password$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
  await expect(page).toHaveTitle(`Reset your password · ${FIRM_NAME} · Client portal`);

  // An empty address is caught at the field, which keeps focus.
  const form = page.getByRole('form', { name: 'Reset your password' });
  const email = form.getByLabel('Email address');
  await form.getByRole('button', { name: 'Send me a reset link' }).click();
  await expect(email).toBeFocused();
  await expect(email).toHaveAccessibleDescription(/Enter your email address/);

  // An address with an account…
  await email.fill(DEMO_CLIENT);
  await form.getByRole('button', { name: 'Send me a reset link' }).click();
  const heading = page.getByRole('heading', { level: 1, name: 'Check your email' });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: NEUTRAL_CONFIRMATION })).toBeVisible();

  // …and one without: the very same answer.
  await page.getByRole('button', { name: 'Ask again' }).click();
  await page.getByLabel('Email address').fill('nobody-here@example.com');
  await page.getByRole('button', { name: 'Send me a reset link' }).click();
  await expect(heading).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: NEUTRAL_CONFIRMATION })).toBeVisible();

  await page.getByRole('link', { name: 'Back to sign in' }).click();
  await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a reset link that does not work says so and offers a new one', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/p/demo/reset-password#not-a-real-reset-token');
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  // The token is taken out of the address bar once read.
  await expect(page).toHaveURL(/\/p\/demo\/reset-password$/);

  await page.getByLabel('New password', { exact: true }).fill('a quiet walk by the river');
  await page.getByLabel('Confirm new password').fill('a quiet walk by the river');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'This reset link does not work' })).toBeVisible();
  await expect(page.getByText('This reset link is not valid any more')).toBeVisible();
  await page.getByRole('link', { name: 'Ask for a new link' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('an invalid invitation link shows one clear page with how to get a new link', async ({ page }) => {
  const errors = collectErrors(page);
  const response = await page.goto('/p/demo/accept#not-a-real-token');
  expect(response?.status()).toBe(200);

  const heading = page.getByRole('heading', { level: 1, name: 'This invitation link is not valid' });
  await expect(heading).toBeVisible();
  await expect(page).toHaveTitle(`This invitation link is not valid · ${FIRM_NAME} · Client portal`);
  await expect(page.getByText('Check that you copied the whole link, or ask the firm for a new one.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'How to get a new link' })).toBeVisible();
  await expect(page.getByText(`Contact ${FIRM_NAME} and ask them to send you a new invitation.`)).toBeVisible();
  // In the firm's branding, with nothing to fill in.
  await expect(page.getByRole('banner')).toContainText(FIRM_NAME);
  await expect(page.getByRole('form')).toHaveCount(0);
  await expect(page.getByLabel('Password')).toHaveCount(0);
  // The token is not left in the address bar (nor, through replaceState, in the history).
  await expect(page).toHaveURL(/\/p\/demo\/accept$/);

  await page.getByRole('link', { name: 'Sign in' }).click();
  await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the settings page changes the client’s name, shown in the menu at once', async ({ page }) => {
  const errors = collectErrors(page);
  // Signed out, the settings address asks for signing in first, then shows the settings.
  await signInAsClient(page, '/p/demo/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page).toHaveTitle(`Settings · ${FIRM_NAME} · Client portal`);

  try {
    const nameForm = page.getByRole('form', { name: 'Your name' });
    const name = nameForm.getByLabel('Full name');
    await expect(name).toHaveValue('Maria Lopez');

    // An empty name is refused at the field.
    await name.fill('   ');
    await nameForm.getByRole('button', { name: 'Save name' }).click();
    await expect(name).toBeFocused();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription(/Enter your name/);

    await name.fill('Maria Lopez Garcia');
    await nameForm.getByRole('button', { name: 'Save name' }).click();
    await expect(nameForm.getByRole('status')).toHaveText('Your name was saved.');
    const menu = page.getByRole('button', { name: 'Maria Lopez Garcia' });
    await expect(menu).toBeVisible();

    // It is kept, and the menu leads back to the settings.
    await page.reload();
    await expect(page.getByRole('form', { name: 'Your name' }).getByLabel('Full name')).toHaveValue('Maria Lopez Garcia');
    await page.getByRole('link', { name: 'Portal home' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Maria Lopez Garcia' })).toBeVisible();
    await menu.click();
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page).toHaveURL(/\/p\/demo\/settings$/);

    // A wrong current password is reported at its field and changes nothing.
    const passwordForm = page.getByRole('form', { name: 'Password' });
    await passwordForm.getByLabel('Current password').fill('not-my-password-at-all');
    await passwordForm.getByLabel('New password', { exact: true }).fill('a different long passphrase');
    await passwordForm.getByLabel('Confirm new password').fill('a different long passphrase');
    await passwordForm.getByRole('button', { name: 'Change password' }).click();
    const current = passwordForm.getByLabel('Current password');
    await expect(current).toHaveAccessibleDescription(/Your current password is not right/);
    await expect(current).toBeFocused();

    // Put the name back through the form.
    await page.getByRole('form', { name: 'Your name' }).getByLabel('Full name').fill('Maria Lopez');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect(page.getByRole('button', { name: 'Maria Lopez', exact: true })).toBeVisible();
  } finally {
    // Other tests expect the demo client's own name.
    await renameMaria(page, 'Maria Lopez');
  }
  expect(errors).toEqual([]);
});

test('a member who may invite sees who has access and the invite form checks its fields', async ({ page }) => {
  const errors = collectErrors(page);
  await signInAsClient(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Maria Lopez' })).toBeVisible();

  const people = page.getByRole('list', { name: 'People with access' });
  await expect(people.getByRole('listitem').filter({ hasText: DEMO_CLIENT })).toContainText('Active');

  const form = page.getByRole('form', { name: 'Invite someone' });
  await form.getByRole('button', { name: 'Send invitation' }).click();
  const name = form.getByLabel('Their name');
  await expect(name).toBeFocused();
  await expect(name).toHaveAccessibleDescription(/Enter their name/);
  await expect(form.getByLabel('Their email address')).toHaveAccessibleDescription(/Enter their email address/);
  await name.fill('Someone Else');
  await form.getByLabel('Their email address').fill('not-an-email');
  await form.getByRole('button', { name: 'Send invitation' }).click();
  await expect(form.getByLabel('Their email address')).toBeFocused();
  await expect(form.getByLabel('Their email address')).toHaveAccessibleDescription(/name@example.com/);
  expect(errors).toEqual([]);
});

test('the new pages fit a phone screen', async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 360, height: 740 });
  for (const address of ['/p/demo/forgot-password', '/p/demo/accept#not-a-real-token', '/p/demo/reset-password#not-a-real-reset-token']) {
    await page.goto(address);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${address} scrolls sideways`).toBeLessThanOrEqual(0);
  }
  await signInAsClient(page, '/p/demo/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  expect(errors).toEqual([]);
});
