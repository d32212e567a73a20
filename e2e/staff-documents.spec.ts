import { test, expect, type Page } from '@playwright/test';
import { collectErrors, signInAsStaff, skipWithoutBrowser } from './environment';

skipWithoutBrowser();

const MATTER = 'Lopez estate planning';

async function makeFolder(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'New folder' }).click();
  const dialog = page.getByRole('dialog', { name: 'New folder' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Make folder' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Folder ${name} was made.` })).toBeVisible();
}

async function folderAction(page: Page, folder: string, action: string): Promise<void> {
  await page.getByRole('button', { name: `Actions for folder ${folder}` }).click();
  await page.getByRole('menuitem', { name: action }).click();
}

test('staff make folders on a matter, move one into another, then delete them once empty', async ({ page }) => {
  const errors = collectErrors(page);
  const stamp = Date.now();
  const drafts = `Drafts ${stamp}`;
  const archive = `Archive ${stamp}`;
  await signInAsStaff(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Matters' }).click();
  await page.getByRole('link', { name: MATTER }).click();
  await expect(page.getByRole('tab', { name: 'Documents', exact: true })).toHaveAttribute('aria-selected', 'true');
  await makeFolder(page, drafts);
  await makeFolder(page, archive);
  const folders = page.getByRole('table', { name: `Folders of ${MATTER}` });

  // Move Drafts into Archive: the folder list shows its new path. Drafts is not offered as a place for itself.
  await folderAction(page, drafts, 'Move…');
  const move = page.getByRole('dialog', { name: `Move ${drafts}` });
  const place = move.getByLabel('Put it in');
  await expect(place.getByRole('option', { name: drafts, exact: true })).toHaveCount(0);
  await place.selectOption({ label: archive });
  await move.getByRole('button', { name: 'Move' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${drafts} was moved.` })).toBeVisible();
  await expect(folders.getByRole('cell', { name: `${archive} / ${drafts}`, exact: true })).toBeVisible();

  // Archive holds Drafts, so it cannot be deleted yet; Drafts can, then Archive.
  await folderAction(page, archive, 'Delete…');
  let confirm = page.getByRole('dialog', { name: `Delete ${archive}?` });
  await expect(confirm).toContainText('Only an empty folder can be deleted');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(confirm).toContainText(`${archive} still holds 1 folder; move or delete them first.`);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  for (const name of [drafts, archive]) {
    await folderAction(page, name, 'Delete…');
    confirm = page.getByRole('dialog', { name: `Delete ${name}?` });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${name} was deleted.` })).toBeVisible();
  }
  await expect(page.getByRole('row', { name: new RegExp(String(stamp)) })).toHaveCount(0);
  expect(errors).toEqual([]);
});
