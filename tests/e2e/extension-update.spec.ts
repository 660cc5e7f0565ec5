// Tabs open when the extension is installed, updated or removed. Chrome injects a manifest's content scripts only
// into pages loaded after the install, and an update cuts each open tab's old copy off from the extension. The
// worker gives open tabs the content script where it has host access (loopback here); an old copy takes its UI
// away; where nothing takes over, the old copy says to reload the page.
import { test as base, expect, type Worker } from '@playwright/test';
import type { LlmServer } from '../server/llm-server';
import { launchWithoutExtension, UNREACHABLE_HOST, type InstallableBrowser } from './fixtures/install-extension';
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

const STALE_TEXT = 'Draftsmith was updated or turned off. Reload this page to use it here.';

// What the worker does for each open tab at an install: the eager script into all its frames.
async function injectEagerAgain(worker: Worker, url: string): Promise<void> {
  await worker.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    if (tab?.id === undefined) throw new Error(`No tab at ${pageUrl}`);
    await chrome.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: ['/eager.js'] });
  }, url);
}

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
  const worker = await chromium.install();
  await writeSettings(worker, llm.baseUrl, {});
  const page = await chromium.context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const panel = new InlinePanel(page);
  // The same copy injected a second time into its own world (a tab loading during the install gets both the
  // manifest's and the worker's) stays one copy.
  await injectEagerAgain(worker, page.url());
  await page.locator('#note').focus();
  await expect(panel.trigger).toHaveCount(1);
  await panel.trigger.click();
  await expect(panel.dialog).toBeVisible();
  // A page cannot make a copy whose extension is alive stand down.
  await page.evaluate(() => document.dispatchEvent(new CustomEvent('draftsmith:stand-down')));
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
  await expect(panel.fieldAlert).toContainText(STALE_TEXT);
  await expect(panel.fieldAlert.getByRole('button', { name: 'Close' })).toBeVisible();
  await expect(panel.trigger).toHaveCount(0);
  // Typing on puts the notice away; the user's text is theirs as before.
  await page.keyboard.type('Still mine');
  await expect(panel.fieldAlert).toHaveCount(0);
  await expect(page.locator('#note')).toHaveValue('Still mineDear team,');
});

test('at an update on a site the worker cannot reach, the button left showing says to reload instead of doing nothing', async ({ chromium, llm, pages }) => {
  await writeSettings(await chromium.install(), llm.baseUrl, {});
  const page = await chromium.context.newPage();
  // Served from loopback, but on a host outside the extension's host permissions, as most sites are.
  await page.goto(`${pages.url.replace('127.0.0.1', UNREACHABLE_HOST)}/textarea.html`);
  const panel = new InlinePanel(page);
  await page.locator('#note').focus();
  await expect(panel.trigger).toBeVisible();

  await chromium.install();
  // The field kept focus through the update: the old copy's button is still there, and its click moves no focus.
  await panel.trigger.click();
  await expect(panel.fieldAlert).toContainText(STALE_TEXT);
  await expect(panel.trigger).toHaveCount(0);
  await expect(panel.dialog).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(panel.fieldAlert).toHaveCount(0);
  await expect(page.locator('#note')).toHaveValue('Dear team,');
});

test('a panel left open after a removal: reaching for Variants there says to reload, and no variant waits for ever', async ({ chromium, llm, pages }) => {
  await writeSettings(await chromium.install(), llm.baseUrl, {});
  llm.script({ kind: 'ok', reply: 'We open on Monday.' });
  const page = await chromium.context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const field = page.locator('#note');
  await field.fill('We are open on Monday.');
  const panel = new InlinePanel(page);
  await panel.open(field);
  await panel.quickAction('Rewrite').click();
  await expect(panel.status).toContainText('Done');

  // Removed, and no new copy comes to take the panel away: it can no longer reach a worker.
  await chromium.uninstall();
  await panel.button('Variants').click();
  await expect(panel.fieldAlert).toContainText(STALE_TEXT);
  await expect(panel.dialog).toHaveCount(0);
  await expect(panel.variants).toHaveCount(0);
  await expect(field).toHaveValue('We are open on Monday.');
});
