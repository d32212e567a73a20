import { test, expect } from '@playwright/test';
import { collectErrors, signInAsStaff, skipWithoutBrowser } from './environment';

skipWithoutBrowser();

const MATTER = 'Lopez estate planning';

test('staff make a folder on a matter, then delete it once it is empty', async ({ page }) => {
  const errors = collectErrors(page);
  const name = `Drafts ${Date.now()}`;
  await signInAsStaff(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Matters' }).click();
  await page.getByRole('link', { name: MATTER }).click();
  await expect(page.getByRole('tab', { name: 'Documents', exact: true })).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('button', { name: 'New folder' }).click();
  const dialog = page.getByRole('dialog', { name: 'New folder' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Make folder' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Folder ${name} was made.` })).toBeVisible();
  const folders = page.getByRole('table', { name: `Folders of ${MATTER}` });
  await expect(folders.getByRole('row', { name: new RegExp(name) })).toBeVisible();

  await page.getByRole('button', { name: `Actions for folder ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Delete…' }).click();
  const confirm = page.getByRole('dialog', { name: `Delete ${name}?` });
  await expect(confirm).toContainText('Only an empty folder can be deleted');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${name} was deleted.` })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);
  expect(errors).toEqual([]);
});
