// Tabs open when the extension is installed, updated or removed. Chrome injects a manifest's content scripts only
// into pages loaded after the install, and an update cuts each open tab's old copy off from the extension. The
// worker gives open tabs the content script where it has host access (loopback here); an old copy takes its UI
// away; where nothing takes over, the old copy says to reload the page.
import { test as base, expect } from '@playwright/test';
import type { LlmServer } from '../server/llm-server';
import { launchWithoutExtension, type InstallableBrowser } from './fixtures/install-extension';
import type { PageServer } from './fixtures/page-server';
import { serverFixtures, writeSettings } from './fixtures/test';
import { InlinePanel } from './page-objects/inline-panel';

const test = base.extend<{ chromium: InstallableBrowser; llm: LlmServer; pages: PageServer }>({
  // eslint-disable-next-line no-empty-pattern
  chromium: async ({}, use) => {
    const chromium = await launchWithoutExtension();
    await use(chromium);
    await chromium.close();
  },
  ...serverFixtures,
});

async function generateIn(panel: InlinePanel, prompt: string): Promise<void> {
  await panel.trigger.click();
  await panel.prompt.fill(prompt);
  await panel.prompt.press('Enter');
  await expect(panel.status).toContainText('Done');
}

test('a tab open at the install offers Generate without a reload, and generates', async ({ chromium, llm, pages }) => {
  const page = await chromium.context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  await page.locator('#note').fill('My own words.');
  const worker = await chromium.install();
  await writeSettings(worker, llm.baseUrl, {});
  await page.bringToFront();
  await page.locator('#note').focus();
  const panel = new InlinePanel(page);
  await expect(panel.trigger).toHaveCount(1);
  await generateIn(panel, 'Right after the install');
  expect(llm.requests.some((request) => request.rawBody.includes('Right after the install'))).toBe(true);
  await expect(page.locator('#note')).toHaveValue('My own words.');
});

test('at an update the old panel goes, the new copy offers one Generate button, and it generates', async ({ chromium, llm, pages }) => {
  await writeSettings(await chromium.install(), llm.baseUrl, {});
  const page = await chromium.context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const panel = new InlinePanel(page);
  await page.locator('#note').focus();
  await panel.trigger.click();
  await expect(panel.dialog).toBeVisible();

  await chromium.install();
  // The old copy's panel talks to a worker that is gone: it goes when the new copy arrives.
  await expect(panel.dialog).toHaveCount(0);
  await page.bringToFront();
  await page.locator('h1').click();
  await page.locator('#note').focus();
  await expect(panel.trigger).toHaveCount(1);
  await generateIn(panel, 'After the update');
  expect(llm.requests.some((request) => request.rawBody.includes('After the update'))).toBe(true);
});

test('once the extension is removed, the old copy offers nothing and says to reload the page', async ({ chromium, llm, pages }) => {
  await writeSettings(await chromium.install(), llm.baseUrl, {});
  const page = await chromium.context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const panel = new InlinePanel(page);
  await page.locator('#note').focus();
  await expect(panel.trigger).toBeVisible();
  await page.locator('h1').click();

  await chromium.uninstall();
  await page.locator('#note').focus();
  const notice = page.locator('draftsmith-notice').getByRole('status');
  await expect(notice).toContainText('Draftsmith was updated or turned off. Reload this page to use it here.');
  await expect(notice.getByRole('button', { name: 'Close' })).toBeVisible();
  await expect(panel.trigger).toHaveCount(0);
  // Typing on puts the notice away; the user's text is theirs as before.
  await page.keyboard.type('Still mine');
  await expect(notice).toHaveCount(0);
  await expect(page.locator('#note')).toHaveValue('Still mineDear team,');
});
