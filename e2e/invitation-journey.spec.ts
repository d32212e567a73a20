import { test, expect } from '@playwright/test';
import { collectErrors, skipWithoutBrowser, signInAsStaff, waitForMail } from './environment';

skipWithoutBrowser();

const DANIEL = 'Daniel Lopez';
const DANIEL_EMAIL = 'daniel.lopez@example.com';
const MATTER = 'Lopez estate planning';
const RESPONSIBLE = 'lawyer@demo.atrium.test';
const DANIEL_PASSWORD = 'copper lantern over a winter harbour';

test('staff invite a client from a matter; the client accepts, signs in and sees the matter; the lawyer is told', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const staffErrors = collectErrors(page);

  // Staff: the matter, its participants, "Portal invite" on the Client participant.
  await signInAsStaff(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Matters' }).click();
  await page.getByRole('link', { name: MATTER }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(MATTER) })).toBeVisible();
  const participants = page.getByRole('table', { name: /^Participants in/ });
  const danielRow = participants.getByRole('row', { name: new RegExp(DANIEL) });
  await danielRow.getByRole('button', { name: `Portal invite for ${DANIEL}` }).click();

  // The invite dialog: Daniel's email is the recipient, the one matter is shared without asking.
  const dialog = page.getByRole('dialog', { name: 'Invite to the client portal' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: new RegExp(DANIEL_EMAIL) })).toBeChecked();
  await expect(dialog.getByText(`Shared with the portal:`)).toBeVisible();
  await expect(dialog.getByText(MATTER)).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: /Invite other people/ })).toBeVisible();

  // Preview first: the email as Daniel will get it, in a sandboxed frame.
  await dialog.getByRole('button', { name: 'Preview email' }).click();
  await expect(dialog.getByRole('heading', { name: /The email Daniel Lopez will get/ })).toBeFocused();
  const frame = dialog.locator('iframe[title="Preview of the invitation email"]');
  await expect(frame).toHaveAttribute('sandbox', '');
  // Read from the attribute: the sandbox (rightly) lets no script into the frame, a test's included.
  await expect(frame).toHaveAttribute('srcdoc', /Hello Daniel Lopez/);

  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `An invitation was sent to ${DANIEL_EMAIL}.` })).toBeVisible();

  // The matter's Client portal view shows Daniel as pending, in red.
  const portals = page.getByRole('table', { name: /Client portals of this matter/ });
  const danielPortal = portals.getByRole('row', { name: new RegExp(DANIEL) });
  await expect(danielPortal.getByText('Pending').first()).toBeVisible();
  await expect(danielPortal.getByText('Shared', { exact: true })).toBeVisible();

  // The invitation reaches Daniel's mailbox with a personal link.
  const invitation = await waitForMail((mail) => mail.to.includes(DANIEL_EMAIL) && /\/p\/demo\/accept#/.test(mail.text));
  const link = /(https?:\/\/\S+\/p\/demo\/accept#[A-Za-z0-9_-]+)/.exec(invitation.text)?.[1];
  expect(link, 'the invitation email holds the accept link').toBeTruthy();

  // Daniel, in a browser of his own (no staff cookies).
  const clientContext = await browser.newContext();
  const client = await clientContext.newPage();
  const clientErrors = collectErrors(client);
  await client.goto(link ?? '');
  await expect(client.getByLabel('Your login name')).toHaveValue(DANIEL_EMAIL);
  await client.getByLabel('I agree to the Terms of Service').check();
  await client.getByLabel('Password', { exact: true }).fill(DANIEL_PASSWORD);
  await client.getByLabel('Confirm password').fill(DANIEL_PASSWORD);
  await client.getByRole('button', { name: 'Create account' }).click();
  await expect(client.getByRole('heading', { level: 1, name: 'Account created' })).toBeVisible();
  await client.getByRole('link', { name: 'Sign in' }).click();

  const signIn = client.getByRole('form', { name: 'Sign in' });
  await expect(signIn).toBeVisible();
  await signIn.getByLabel('Email address').fill(DANIEL_EMAIL);
  await signIn.getByLabel('Password').fill(DANIEL_PASSWORD);
  await signIn.getByRole('button', { name: 'Sign in' }).click();
  await expect(client.getByRole('heading', { name: 'Matters shared with you' })).toBeVisible();
  await expect(client.getByText(MATTER)).toBeVisible();
  expect(clientErrors).toEqual([]);
  await clientContext.close();

  // The responsible lawyer hears that Daniel registered.
  const notice = await waitForMail((mail) => mail.to.includes(RESPONSIBLE) && mail.text.includes(DANIEL));
  expect(notice.subject.length).toBeGreaterThan(0);

  // Back at the office: Daniel's panel says Active.
  await danielPortal.getByRole('link', { name: `Manage portal of ${DANIEL}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: DANIEL })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Client portal' })).toBeFocused();
  const members = page.getByRole('table', { name: `People with access to the portal of ${DANIEL}` });
  const member = members.getByRole('row', { name: new RegExp(DANIEL_EMAIL) });
  await expect(member.getByText('Active', { exact: true })).toBeVisible();
  await expect(member).toContainText('Avery Donnell (staff)');
  await expect(page.getByRole('button', { name: 'Invite more to portal' })).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(MATTER) }).first()).toBeVisible();

  expect(staffErrors).toEqual([]);
});
