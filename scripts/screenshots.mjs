#!/usr/bin/env node
// Takes the README's screenshots from a running Atrium (demo data) in headless Chromium:
//   node scripts/screenshots.mjs http://127.0.0.1:4000
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:4000';
const out = new URL('../docs/screenshots/', import.meta.url).pathname;
const password = process.env.DEMO_PASSWORD ?? 'atrium-demo-password';
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

const staff = await browser.newPage({ viewport: { width: 1280, height: 820 } });
await staff.goto(`${base}/sign-in`);
await staff.getByLabel('Email address').fill('admin@demo.atrium.test');
await staff.getByLabel('Password').fill(password);
await staff.getByRole('button', { name: 'Sign in' }).click();
await staff.getByRole('heading', { level: 1, name: 'Contacts' }).waitFor();
await staff.screenshot({ path: `${out}staff-contacts.png` });
await staff.getByRole('link', { name: 'Maria Lopez' }).first().click();
await staff.getByRole('heading', { level: 1, name: 'Maria Lopez' }).waitFor();
await staff.getByText('Client portal').first().scrollIntoViewIfNeeded();
await staff.screenshot({ path: `${out}staff-contact-portal.png` });
await staff.getByRole('button', { name: /Invite more to portal|Invite to portal/ }).first().click();
await staff.getByRole('dialog').getByRole('button', { name: 'Preview email' }).waitFor();
await staff.screenshot({ path: `${out}staff-invite-dialog.png` });
await staff.goto(`${base}/matters`);
await staff.getByRole('link', { name: 'Lopez estate planning' }).click();
await staff.getByRole('tab', { name: 'Shared with client' }).click();
await staff.getByRole('table', { name: /^Shared with the client on/ }).waitFor();
await staff.getByRole('tablist', { name: 'Work on this matter' }).scrollIntoViewIfNeeded();
await staff.screenshot({ path: `${out}staff-matter-shared.png` });
await staff.goto(`${base}/portals`);
await staff.getByRole('heading', { level: 1, name: 'Client portals' }).waitFor();
await staff.screenshot({ path: `${out}staff-client-portals.png` });

const client = await browser.newPage({ viewport: { width: 1100, height: 760 } });
await client.goto(`${base}/p/demo`);
await client.getByRole('button', { name: 'Sign in' }).waitFor();
await client.screenshot({ path: `${out}client-sign-in.png` });
await client.getByLabel('Email address').fill('maria.lopez@example.com');
await client.getByLabel('Password', { exact: true }).fill(password);
await client.getByRole('button', { name: 'Sign in' }).click();
await client.getByText('Lopez estate planning').waitFor();
await client.getByText('Balance due').waitFor();
await client.screenshot({ path: `${out}client-home.png` });
await client.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Files' }).click();
await client.getByRole('link', { name: 'Draft will.pdf' }).waitFor();
await client.screenshot({ path: `${out}client-files.png` });
const phone = await browser.newPage({ viewport: { width: 390, height: 780 } });
await phone.goto(`${base}/p/demo`);
await phone.getByRole('button', { name: 'Sign in' }).waitFor();
await phone.screenshot({ path: `${out}client-sign-in-phone.png` });
await browser.close();
console.log(`screenshots written to ${out}`);
