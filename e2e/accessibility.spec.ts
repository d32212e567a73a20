// WCAG 2.2 AA checks with axe in a real browser, on the pages people use most, at desktop and
// phone widths, with axe's best practices too. A page passes only with no violations at all.
// At the phone width the client's pages must also fit the screen: no sideways scrolling of the
// whole page, and every section of the portal's navigation in view.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { signInAsClient, signInAsStaff, skipWithoutBrowser } from './environment';

skipWithoutBrowser();
// Each test analyses a dozen pages or so, about a second each: more than the default allows.
test.describe.configure({ timeout: 90_000 });

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** axe's best practices as well: unique landmarks, heading order, content inside landmarks. */
const RULES = [...WCAG_22_AA, 'best-practice'];

/** What shows once a page has its content (not a loading state). */
type Ready = (page: Page) => Locator;

/** The client's section pages: address, h1, and what shows once the content is there. */
const CLIENT_SECTIONS: readonly { path: string; heading: string; ready: Ready }[] = [
  { path: '/p/demo/todos', heading: 'To-dos', ready: (page) => page.getByRole('heading', { level: 2, name: 'To do' }) },
  { path: '/p/demo/files', heading: 'Files', ready: (page) => page.getByRole('heading', { level: 2, name: 'Lopez estate planning' }) },
  { path: '/p/demo/billing', heading: 'Billing', ready: (page) => page.getByRole('link', { name: /^View \/ print invoice / }).first() },
  { path: '/p/demo/messages', heading: 'Messages', ready: (page) => page.getByRole('list', { name: 'Conversations' }) },
  { path: '/p/demo/appointments', heading: 'Appointments', ready: (page) => page.getByRole('form', { name: 'Request an appointment' }) },
  { path: '/p/demo/details', heading: 'My details', ready: (page) => page.getByRole('button', { name: 'Change my details' }) },
];

/** The tabs of a matter's workspace (MatterWorkspace.tsx): key, label, and what the open tab shows once loaded. */
const MATTER_TABS: readonly { key: string; label: string; ready: (panel: Locator) => Locator }[] = [
  { key: 'documents', label: 'Documents', ready: (panel) => panel.getByRole('table', { name: 'Documents of Lopez estate planning' }) },
  { key: 'tasks', label: 'To-dos', ready: (panel) => panel.getByRole('table', { name: 'To-dos on this matter' }) },
  { key: 'notes', label: 'Notes and fields', ready: (panel) => panel.getByRole('table', { name: 'Notes on this matter' }) },
  { key: 'appointments', label: 'Appointments', ready: (panel) => panel.getByRole('heading', { level: 3, name: 'Requests from the client' }) },
  { key: 'billing', label: 'Billing', ready: (panel) => panel.getByRole('table', { name: 'Invoices of this matter' }) },
  { key: 'shared', label: 'Shared with client', ready: (panel) => panel.getByRole('table', { name: /^Shared with the client on/ }) },
  { key: 'activity', label: 'Activity', ready: (panel) => panel.getByRole('heading', { name: 'Recent activity' }) },
];

/** Staff pages reached from the main navigation: address and h1. */
const STAFF_PAGES = [
  ['/matters', 'Matters'],
  ['/portals', 'Client portals'],
  ['/messages', 'Messages'],
  ['/appointment-requests', 'Appointment requests'],
  ['/settings/portal', 'Portal settings'],
  ['/mail', 'Sent mail'],
  ['/activity', 'Activity'],
] as const;

async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(RULES).analyze();
  const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(found, `${what} has accessibility violations`).toEqual([]);
}

/** The whole page fits the width of the window: nothing needs scrolling sideways. */
async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const widths = await page.evaluate(() => ({ content: document.documentElement.scrollWidth, window: window.innerWidth }));
  expect(widths.content, `${what} is wider than the window`).toBeLessThanOrEqual(widths.window + 1);
}

/** Every section of the portal's navigation is on the screen, none hidden past its edge. */
async function expectPortalNavInView(page: Page): Promise<void> {
  const windowWidth = await page.evaluate(() => window.innerWidth);
  for (const link of await page.getByRole('navigation', { name: 'Portal' }).getByRole('link').all()) {
    const box = await link.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= windowWidth + 1, `the portal's link ${await link.textContent()} is off the screen`).toBe(true);
  }
}

/** Waits until nothing on the page is still loading. */
async function expectLoaded(page: Page | Locator): Promise<void> {
  await expect(page.locator('.loading')).toHaveCount(0);
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
      await signInAsStaff(page);
      await expectAccessible(page, 'contacts list');
      await page.getByRole('link', { name: 'Maria Lopez' }).first().click();
      await expect(page.getByRole('heading', { level: 1, name: 'Maria Lopez' })).toBeVisible();
      await expect(page.getByText('maria.lopez@example.com').first()).toBeVisible();
      await expectAccessible(page, 'contact page with its client portal panel');
      for (const [path, heading] of STAFF_PAGES) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
        await expectLoaded(page);
        await expectAccessible(page, heading);
      }
    });

    test('a matter’s workspace, its tabs and its sharing dialogs have no WCAG 2.2 AA violations', async ({ page }) => {
      await signInAsStaff(page);
      await page.goto('/matters');
      await page.getByRole('link', { name: 'Lopez estate planning' }).first().click();
      await expect(page.getByRole('heading', { level: 1, name: /Lopez estate planning/ })).toBeVisible();
      for (const tab of MATTER_TABS) {
        await page.getByRole('tab', { name: tab.label }).click();
        await expect(page).toHaveURL(new RegExp(`[?&]tab=${tab.key}\\b`));
        const panel = page.getByRole('tabpanel', { name: tab.label });
        await expect(tab.ready(panel)).toBeVisible();
        await expectLoaded(page);
        await expectAccessible(page, `matter tab ${tab.label}`);
      }

      // Who can see a document: the dialog the document's actions open.
      await page.getByRole('tab', { name: 'Documents' }).click();
      const documents = page.getByRole('table', { name: 'Documents of Lopez estate planning' });
      await documents.getByRole('button', { name: /^Actions for / }).first().click();
      await page.getByRole('menuitem', { name: 'Who can see it…' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectLoaded(page);
      await expectAccessible(page, 'who can see a document');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);

      // Sharing the matter with a portal.
      await page.getByRole('button', { name: 'Share with a portal' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectLoaded(page);
      await expectAccessible(page, 'share a matter with a portal');
    });

    test('the staff’s messages and the portal view as a member have no WCAG 2.2 AA violations', async ({ page, context }) => {
      await signInAsStaff(page);
      await page.goto('/messages');
      await expect(page.getByRole('heading', { level: 1, name: 'Messages' })).toBeVisible();
      await page.getByRole('navigation', { name: 'Conversations' }).getByRole('button').first().click();
      await expect(page).toHaveURL(/[?&]thread=/);
      await expect(page.getByRole('form', { name: /Reply/ })).toBeVisible();
      await expectLoaded(page);
      await expectAccessible(page, 'a conversation with a client');

      await page.goto('/contacts');
      await page.getByRole('link', { name: 'Maria Lopez' }).first().click();
      await expect(page.getByRole('heading', { level: 1, name: 'Maria Lopez' })).toBeVisible();
      await page.getByRole('button', { name: 'Actions for Maria Lopez' }).click();
      const opened = context.waitForEvent('page');
      await page.getByRole('menuitem', { name: 'View portal as' }).click();
      const view = await opened;
      await expect(view.getByText(/viewing/i).first()).toBeVisible();
      await expect(view.getByText('Lopez estate planning').first()).toBeVisible();
      await expectAccessible(view, 'the portal viewed as Maria');
      await view.goto('/p/demo/messages');
      await expect(view.getByRole('list', { name: 'Conversations' })).toBeVisible();
      await expectAccessible(view, 'the portal’s messages viewed as Maria');
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
      await signInAsClient(page);
      await expect(page.getByText('Lopez estate planning')).toBeVisible();
      await expectAccessible(page, 'client home');
      await expectNoSidewaysScroll(page, 'client home');
      await page.goto('/p/demo/settings');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page, 'client settings');
      await expectNoSidewaysScroll(page, 'client settings');
    });

    test('the client portal’s sections have no WCAG 2.2 AA violations and fit the screen', async ({ page, context }) => {
      await signInAsClient(page);
      await expect(page.getByText('Lopez estate planning')).toBeVisible();
      for (const section of CLIENT_SECTIONS) {
        await page.goto(section.path);
        await expect(page.getByRole('heading', { level: 1, name: section.heading })).toBeVisible();
        await expect(section.ready(page)).toBeVisible();
        await expectLoaded(page);
        await expectAccessible(page, section.heading);
        await expectNoSidewaysScroll(page, section.heading);
        await expectPortalNavInView(page);
      }

      // One invoice, which opens in a tab of its own.
      await page.goto('/p/demo/billing');
      const opened = context.waitForEvent('page');
      await page.getByRole('link', { name: /^View \/ print invoice / }).first().click();
      const invoice = await opened;
      await expect(invoice.getByRole('heading', { level: 1, name: /^Invoice / })).toBeVisible();
      await expectAccessible(invoice, 'an invoice');
      await expectNoSidewaysScroll(invoice, 'an invoice');
      await invoice.close();

      // One conversation.
      await page.goto('/p/demo/messages');
      await page.getByRole('list', { name: 'Conversations' }).getByRole('link').first().click();
      await expect(page.getByRole('form', { name: 'Reply to this conversation' })).toBeVisible();
      await expect(page.getByRole('list', { name: 'Messages' })).toBeVisible();
      await expectAccessible(page, 'a conversation');
      await expectNoSidewaysScroll(page, 'a conversation');

      // A new message.
      await page.goto('/p/demo/messages/new');
      await expect(page.getByRole('form', { name: /^New message to / })).toBeVisible();
      await expectAccessible(page, 'a new message');
      await expectNoSidewaysScroll(page, 'a new message');

      // The appointment request form, sent empty so that it shows its errors.
      await page.goto('/p/demo/appointments');
      const request = page.getByRole('form', { name: 'Request an appointment' });
      await request.getByRole('button', { name: 'Send request' }).click();
      await expect(request.getByText('Error:').first()).toBeAttached();
      await expectAccessible(page, 'appointment request with errors');
      await expectNoSidewaysScroll(page, 'appointment request with errors');

      // Changing my details.
      await page.goto('/p/demo/details');
      await page.getByRole('button', { name: 'Change my details' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Change your email addresses and phone numbers' })).toBeVisible();
      await expectAccessible(page, 'changing my details');
      await expectNoSidewaysScroll(page, 'changing my details');
    });
  });
}
