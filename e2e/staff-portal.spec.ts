import { test, expect, type Page } from '@playwright/test';
import { collectErrors, skipWithoutBrowser, signInAsStaff, waitForMail } from './environment';

skipWithoutBrowser();

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

async function openContact(page: Page, name: string): Promise<void> {
  await mainNav(page).getByRole('link', { name: 'Contacts' }).click();
  await page.getByLabel('Search by name or email').fill(name);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Opens Maria Lopez's invite dialog and fills in "Someone else". */
async function inviteSomeoneElseToMaria(page: Page, name: string, email: string) {
  await openContact(page, 'Maria Lopez');
  await page.getByRole('button', { name: 'Invite more to portal' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite to the client portal' });
  await dialog.getByRole('radio', { name: 'Someone else' }).check();
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByLabel('Email address', { exact: true }).fill(email);
  return dialog;
}

test('an admin turns the portal off, invitations are refused with a clear message, and turns it on again', async ({ page }) => {
  const errors = collectErrors(page);
  const stamp = Date.now();
  await signInAsStaff(page);

  await mainNav(page).getByRole('link', { name: 'Portal settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Portal settings' })).toBeVisible();
  const toggle = page.getByRole('switch', { name: /Client portal for/ });
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByText('Turning it off signs every client out at once.')).toBeVisible();
  await expect(page.getByText(/Current version: 1/)).toBeVisible();

  // Off, after a warning.
  await toggle.click();
  const confirm = page.getByRole('dialog', { name: 'Turn the client portal off?' });
  await expect(confirm).toContainText('Every client is signed out at once');
  await confirm.getByRole('button', { name: 'Turn the portal off' }).click();
  await expect(confirm).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await expect(toggle).toBeFocused();

  // An invitation while it is off: refused, and the dialog says why.
  const dialog = await inviteSomeoneElseToMaria(page, `Off Person ${stamp}`, `off.${stamp}@example.com`);
  await expect(dialog.getByText('No invitation can be sent while it is off')).toBeVisible();
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('The client portal is turned off');
  await expect(alert).toContainText('An admin can turn it on in Portal settings.');
  await expect(alert).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Invite more to portal' })).toBeFocused();

  // On again.
  await mainNav(page).getByRole('link', { name: 'Portal settings' }).click();
  await page.getByRole('switch', { name: /Client portal for/ }).click();
  await expect(page.getByRole('switch', { name: /Client portal for/ })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'The client portal is on' })).toBeVisible();

  // The change is in the activity log.
  await mainNav(page).getByRole('link', { name: 'Activity' }).click();
  await page.getByLabel('Kind of event').selectOption({ label: 'Portal settings changed' });
  await expect(page.getByRole('table', { name: 'Activity, newest first' }).getByText(/turned the client portal off/)).toBeVisible();

  expect(errors).toEqual([]);
});

test('bulk invite from Client portals: Acme Bakery Ltd without portal is invited, with progress; Sent mail lists it', async ({ page }) => {
  const errors = collectErrors(page);
  await signInAsStaff(page);

  await mainNav(page).getByRole('link', { name: 'Client portals' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Client portals' })).toBeVisible();
  await page.getByLabel('Portal status').selectOption({ label: 'Without portal' });
  const table = page.getByRole('table', { name: 'Contacts and their client portals' });
  const acme = table.getByRole('row', { name: /Acme Bakery Ltd/ });
  await expect(acme).toContainText('Without portal');
  await expect(table.getByRole('row', { name: /Maria Lopez/ })).toHaveCount(0);
  await acme.getByRole('checkbox', { name: 'Select Acme Bakery Ltd' }).check();
  await expect(page.getByText('1 contact selected')).toBeVisible();

  await page.getByRole('button', { name: 'Send invites' }).click();
  const dialog = page.getByRole('dialog', { name: 'Send portal invitations' });
  await expect(dialog).toContainText('Invite 1 selected contact');
  await dialog.getByRole('button', { name: 'Send 1 invitation' }).click();

  await expect(dialog.getByRole('heading', { name: '1 contact invited' })).toBeVisible({ timeout: 20_000 });
  const progress = dialog.getByRole('progressbar');
  await expect(progress).toHaveAttribute('value', '1');
  await expect(progress).toHaveAttribute('max', '1');
  await expect(dialog.getByText('1 of 1 handled · 1 invited')).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  // Acme now has a pending portal, so it left the "Without portal" list.
  await expect(table.getByRole('row', { name: /Acme Bakery Ltd/ })).toHaveCount(0);
  await page.getByLabel('Portal status').selectOption({ label: 'Pending' });
  await expect(table.getByRole('row', { name: /Acme Bakery Ltd/ })).toContainText('Pending');

  // The invitation reached the mail server, and Sent mail lists it.
  await waitForMail((mail) => mail.to.includes('office@acme-bakery.example'));
  await mainNav(page).getByRole('link', { name: 'Sent mail' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sent mail' })).toBeVisible();
  const mail = page.getByRole('table', { name: 'Sent mail, newest first' });
  const row = mail.getByRole('row', { name: /office@acme-bakery\.example/ }).first();
  await expect(row).toContainText('Invitation');
  await expect(row.getByText('Sent', { exact: true })).toBeVisible({ timeout: 15_000 });
  await row.getByRole('button', { name: /^Open/ }).click();
  const email = page.getByRole('dialog', { name: /invites you to your client portal/ });
  await expect(email).toContainText('office@acme-bakery.example');
  await expect(email.locator('iframe')).toHaveAttribute('sandbox', '');
  await email.getByRole('button', { name: 'Close' }).first().click();
  await expect(email).toBeHidden();

  expect(errors).toEqual([]);
});

test('staff generate an invite link for a pending member and copy it', async ({ page }) => {
  const errors = collectErrors(page);
  const stamp = Date.now();
  const name = `Pat Helper ${stamp}`;
  const email = `pat.${stamp}@example.com`;
  await signInAsStaff(page);

  const dialog = await inviteSomeoneElseToMaria(page, name, email);
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `An invitation was sent to ${email}.` })).toBeVisible();

  const members = page.getByRole('table', { name: 'People with access to the portal of Maria Lopez' });
  const row = members.getByRole('row', { name: new RegExp(email) });
  await expect(row.getByText('Pending', { exact: true })).toBeVisible();
  await expect(row).toContainText('Avery Donnell (staff)');

  await row.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Generate invite link' }).click();
  const linkDialog = page.getByRole('dialog', { name: 'Generate invite link' });
  await expect(linkDialog).toContainText('No email is sent.');
  await linkDialog.getByRole('button', { name: 'Generate link' }).click();
  const link = linkDialog.getByLabel('Invite link');
  await expect(link).toHaveValue(/\/p\/demo\/accept#[A-Za-z0-9_-]{20,}$/);
  await expect(linkDialog).toContainText(`Older links for ${email} no longer work.`);
  await linkDialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(linkDialog.getByText('The link was copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await link.inputValue());
  await linkDialog.getByRole('button', { name: 'Done' }).click();
  await expect(linkDialog).toBeHidden();
  await expect(row.getByRole('button', { name: `Actions for ${name}` })).toBeFocused();

  expect(errors).toEqual([]);
});

test('the Staff page names the rights “Can invite clients” and “Can share items”', async ({ page }) => {
  const errors = collectErrors(page);
  await signInAsStaff(page);
  await mainNav(page).getByRole('link', { name: 'Staff' }).click();
  const table = page.getByRole('table').first();
  await expect(table.getByRole('columnheader', { name: 'Can invite clients' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Can share items' })).toBeVisible();
  expect(errors).toEqual([]);
});
