import { readFile } from 'node:fs/promises';
import { test, expect, type Page } from '@playwright/test';
import { collectErrors, skipWithoutBrowser, signInAsClient, signInAsStaff, waitForMail } from './environment';

skipWithoutBrowser();

const MATTER = 'Lopez estate planning';
const CLIENT = 'Maria Lopez';
const ADMIN_NAME = 'Avery Donnell';
/** The responsible staff member of the matter in the demo data, who hears what the client did. */
const RESPONSIBLE = 'lawyer@demo.atrium.test';

/** Opens a tab of the matter's workspace. */
async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tablist', { name: 'Work on this matter' }).getByRole('tab', { name, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The name of a button that reads "Mark as done" or "Shared" and adds, for screen readers only,
 * ": " and what it acts on (Chromium may put a space before the colon).
 */
function buttonName(label: string, item: string): RegExp {
  return new RegExp(`^${escapeRegExp(label)}\\s*: ${escapeRegExp(item)}$`);
}

/** A date some days from today, as a date field takes it (YYYY-MM-DD). */
function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

test('staff share a document and a to-do; the client downloads, uploads and finishes it; staff see it in the activity and the email', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const staffFile = { name: `Asset schedule ${stamp}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`Asset schedule for ${CLIENT}\nPrepared ${stamp}\n`) };
  const clientFile = { name: `Bank statement ${stamp}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`Statement sent by ${CLIENT} (${stamp})\n`) };
  const todo = `Send the bank statements ${stamp}`;
  const staffErrors = collectErrors(page);

  // 1. Staff: the client-activity email goes out at once, so the test need not wait minutes.
  await signInAsStaff(page);
  const mainNav = page.getByRole('navigation', { name: 'Main' });
  await mainNav.getByRole('link', { name: 'Portal settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Portal settings' })).toBeVisible();
  const settings = page.getByRole('form', { name: 'Portal settings' });
  await settings.getByLabel('Notification delay in minutes').fill('0');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The portal settings were saved.' })).toBeVisible();

  await mainNav.getByRole('link', { name: 'Matters' }).click();
  await page.getByRole('link', { name: MATTER }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(MATTER) })).toBeVisible();

  // Documents: upload a file, then share it with the client.
  await openTab(page, 'Documents');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Upload files…' }).click();
  await (await chooser).setFiles(staffFile);
  await expect(page.getByRole('status').filter({ hasText: 'One file was uploaded.' })).toBeVisible();
  const documents = page.getByRole('table', { name: `Documents of ${MATTER}` });
  const staffRow = documents.getByRole('row', { name: new RegExp(escapeRegExp(staffFile.name)) });
  await expect(staffRow).toContainText('Version 1');
  await staffRow.getByRole('button', { name: buttonName('Not shared', staffFile.name) }).click();
  await expect(staffRow.getByRole('button', { name: buttonName('Shared', staffFile.name) })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: `${staffFile.name} is shared with the client.` })).toBeVisible();

  // To-dos: ask the client for something by a date, then share it.
  await openTab(page, 'To-dos');
  await page.getByRole('button', { name: 'Add to-do' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a to-do' });
  await dialog.getByLabel('What is to be done').fill(todo);
  await dialog.getByLabel('Due date').fill(dayFromToday(14));
  await dialog.getByRole('button', { name: 'Add to-do' }).click();
  await expect(dialog).toBeHidden();
  const tasks = page.getByRole('table', { name: 'To-dos on this matter' });
  const taskRow = tasks.getByRole('row', { name: new RegExp(escapeRegExp(todo)) });
  await expect(taskRow).toContainText('Open');
  const shareTask = taskRow.getByRole('switch', { name: `Shared with client: the to-do ${todo}` });
  await expect(shareTask).toHaveAttribute('aria-checked', 'false');
  await shareTask.click();
  await expect(shareTask).toHaveAttribute('aria-checked', 'true');
  await expect(taskRow).toContainText(`by ${ADMIN_NAME}`);

  // Shared with client: both, each with who shared it.
  await openTab(page, 'Shared with client');
  const shared = page.getByRole('table', { name: `Shared with the client on 2026-0001 ${MATTER}` });
  const sharedDocument = shared.getByRole('row', { name: new RegExp(escapeRegExp(staffFile.name)) });
  await expect(sharedDocument).toContainText('Document');
  await expect(sharedDocument).toContainText(ADMIN_NAME);
  const sharedTask = shared.getByRole('row', { name: new RegExp(escapeRegExp(todo)) });
  await expect(sharedTask).toContainText('To-do');
  await expect(sharedTask).toContainText(ADMIN_NAME);

  // 2. The client, in a browser of her own.
  const clientContext = await browser.newContext();
  const client = await clientContext.newPage();
  const clientErrors = collectErrors(client);
  await signInAsClient(client);
  await expect(client.getByRole('heading', { level: 1, name: `Welcome, ${CLIENT}` })).toBeVisible();
  const portalNav = client.getByRole('navigation', { name: 'Portal' });

  // Files: the shared document downloads with exactly the bytes staff uploaded.
  await portalNav.getByRole('link', { name: 'Files' }).click();
  await expect(client.getByRole('heading', { level: 1, name: 'Files' })).toBeVisible();
  const download = client.waitForEvent('download');
  await client.getByRole('link', { name: `${staffFile.name} (download)` }).click();
  const downloaded = await download;
  expect(downloaded.suggestedFilename()).toBe(staffFile.name);
  expect((await readFile(await downloaded.path())).equals(staffFile.buffer)).toBe(true);

  // Add a file of her own; it is listed as hers.
  const addFile = client.getByRole('region', { name: 'Add a file' });
  const clientChooser = client.waitForEvent('filechooser');
  await addFile.getByRole('button', { name: 'Choose files…' }).click();
  await (await clientChooser).setFiles(clientFile);
  await expect(addFile.getByRole('status')).toHaveText(`${clientFile.name} was added.`);
  const ownFile = client.getByRole('listitem').filter({ has: client.getByRole('link', { name: `${clientFile.name} (download)` }) });
  await expect(ownFile).toContainText('added by you');

  // To-dos: the shared to-do, due in two weeks, marked done.
  await portalNav.getByRole('link', { name: 'To-dos' }).click();
  await expect(client.getByRole('heading', { level: 1, name: 'To-dos' })).toBeVisible();
  const openTodo = client.getByRole('list', { name: 'To do' }).getByRole('listitem').filter({ hasText: todo });
  await expect(openTodo).toContainText(`${MATTER}`);
  await expect(openTodo).toContainText('Due by');
  await openTodo.getByRole('button', { name: buttonName('Mark as done', todo) }).click();
  const doneTodo = client.getByRole('list', { name: 'Done' }).getByRole('listitem').filter({ hasText: todo });
  await expect(doneTodo).toContainText(`Done by ${CLIENT}`);
  await expect(doneTodo.getByRole('button', { name: buttonName('Undo', todo) })).toBeVisible();
  expect(clientErrors).toEqual([]);
  await clientContext.close();

  // 3. Back at the office: the matter's activity names the client's upload and finished to-do.
  await openTab(page, 'Activity');
  const activity = page.getByRole('region', { name: 'Recent activity' });
  await activity.getByLabel('Client activity only').check();
  await expect(activity.getByRole('listitem').filter({ hasText: `${CLIENT} uploaded ${clientFile.name}.` })).toBeVisible();
  await expect(activity.getByRole('listitem').filter({ hasText: `${CLIENT} marked the to-do “${todo}” done.` })).toBeVisible();

  // The To-dos tab says who finished it; the Documents tab has her file.
  await openTab(page, 'To-dos');
  await expect(taskRow).toContainText('Done');
  await expect(taskRow).toContainText(`by ${CLIENT} (client)`);
  await openTab(page, 'Documents');
  await expect(documents.getByRole('row', { name: new RegExp(escapeRegExp(clientFile.name)) })).toContainText('uploaded by the client');

  // 4. The responsible lawyer is emailed what the client did (in one digest, or two if a run fell between).
  const aboutUpload = await waitForMail((mail) => mail.to.includes(RESPONSIBLE) && mail.text.includes(clientFile.name), 120_000);
  expect(aboutUpload.subject).toMatch(/client acted in the portal|client actions in the portal/);
  expect(aboutUpload.text).toContain('Uploaded a document');
  expect(aboutUpload.text).toContain(`${CLIENT} uploaded ${clientFile.name}.`);
  const aboutTodo = await waitForMail((mail) => mail.to.includes(RESPONSIBLE) && mail.text.includes(todo), 120_000);
  expect(aboutTodo.text).toContain('Marked a to-do done');
  expect(aboutTodo.text).toContain(`${CLIENT} marked the to-do “${todo}” done.`);
  expect(aboutTodo.text).toContain(`Matter 2026-0001 ${MATTER}`);

  expect(staffErrors).toEqual([]);
});
