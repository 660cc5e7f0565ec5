// The inline UI's module failing to load while the extension is alive (a damaged install, a disk error) must not
// leave a Generate button or a menu item that does nothing: at a field the user is told, the field keeps its text,
// the failure goes to the diagnostics log, and once the module can load again the next click opens the panel; from
// the context menu the result window takes the job.
import { test as base, expect, type Worker } from '@playwright/test';
import { cpSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LAZY_UI_FILE } from '../../lib/manifest/script-files';
import type { LlmServer } from '../server/llm-server';
import { EXTENSION_DIR } from './fixtures/chromium';
import { launchWithoutExtension, type InstallableBrowser } from './fixtures/install-extension';
import type { PageServer } from './fixtures/page-server';
import { serverFixtures, writeSettings } from './fixtures/test';
import { InlinePanel } from './page-objects/inline-panel';
import { clickMenu } from './page-objects/selection-card';

const test = base.extend<{ chromium: InstallableBrowser; llm: LlmServer; pages: PageServer; copy: string }>({
  // eslint-disable-next-line no-empty-pattern
  chromium: async ({}, use) => {
    const chromium = await launchWithoutExtension();
    await use(chromium);
    await chromium.close();
  },
  // A copy of the built extension this test may damage.
  // eslint-disable-next-line no-empty-pattern
  copy: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'draftsmith-damaged-'));
    cpSync(EXTENSION_DIR, dir, { recursive: true });
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  ...serverFixtures,
});

const FAILED_TEXT = 'Draftsmith could not open here. Reload this page to try again.';

async function panelDiagnostics(worker: Worker): Promise<Array<{ stage: string; operation: string }>> {
  return worker.evaluate(async () => {
    const { diagnostics } = await chrome.storage.local.get('diagnostics');
    return (Array.isArray(diagnostics) ? diagnostics : []).filter((entry: { stage: string }) => entry.stage === 'panel');
  });
}

test('a panel module that will not load says so at the field, is logged, and the next click loads it again', async ({ chromium, copy, llm, pages }) => {
  const moduleFile = path.join(copy, LAZY_UI_FILE);
  const hidden = `${moduleFile}.away`;
  renameSync(moduleFile, hidden);
  const worker = await chromium.install(copy);
  await writeSettings(worker, llm.baseUrl, {});
  const page = await chromium.context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const field = page.locator('#note');
  await field.fill('My own words.');
  const panel = new InlinePanel(page);

  await field.focus();
  await panel.trigger.click();
  await expect(panel.fieldAlert).toContainText(FAILED_TEXT);
  await expect(panel.dialog).toHaveCount(0);
  await expect(panel.trigger).toBeHidden();
  await expect(field).toHaveValue('My own words.');
  await expect.poll(() => panelDiagnostics(worker)).toEqual([expect.objectContaining({ operation: 'load the panel module' })]);
  await page.screenshot({ path: 'test-results/screenshots/panel-load-failure.png' });

  // The file is back (the disk recovered): the next click loads the module and opens the panel.
  renameSync(hidden, moduleFile);
  await panel.fieldAlert.getByRole('button', { name: 'Close' }).click();
  await expect(panel.fieldAlert).toHaveCount(0);
  await page.locator('h1').click();
  await field.focus();
  await panel.trigger.click();
  await expect(panel.dialog).toBeVisible();
});

test('a selection card that will not load gives the result window instead, with the answer', async ({ chromium, copy, llm, pages }) => {
  rmSync(path.join(copy, LAZY_UI_FILE));
  const worker = await chromium.install(copy);
  await writeSettings(worker, llm.baseUrl, {});
  const page = await chromium.context.newPage();
  await page.goto(`${pages.url}/selection.html`);
  // A user's selection by mouse: three presses take the paragraph.
  await page.locator('#para').click({ clickCount: 3 });
  const extensionId = new URL(worker.url()).host;
  const opened = chromium.context.waitForEvent('page', (candidate) => candidate.url().startsWith(`chrome-extension://${extensionId}/result.html`));
  await clickMenu(worker, page, { menuItemId: 'draftsmith.builtin.summarize', selectionText: 'The quick brown fox jumps over the lazy dog' });
  const window = await opened;
  await expect(window.getByRole('status')).toContainText('Done');
  await expect(window.getByRole('region', { name: 'Result' })).toContainText('The quick brown fox');
  expect(llm.requests.filter((request) => request.rawBody.includes('quick brown fox'))).toHaveLength(1);
});

test('a selection card that will not load from a field says so at the field and is logged', async ({ chromium, copy, llm, pages }) => {
  rmSync(path.join(copy, LAZY_UI_FILE));
  const worker = await chromium.install(copy);
  await writeSettings(worker, llm.baseUrl, {});
  const page = await chromium.context.newPage();
  await page.goto(`${pages.url}/selection.html`);
  const note = page.locator('#note');
  await note.click();
  await note.evaluate((field: HTMLTextAreaElement) => field.setSelectionRange(11, 26));
  await clickMenu(worker, page, { menuItemId: 'draftsmith.builtin.rewrite', selectionText: 'teh quick brown', editable: true });
  await expect(new InlinePanel(page).fieldAlert).toContainText(FAILED_TEXT);
  await expect.poll(() => panelDiagnostics(worker)).toEqual([expect.objectContaining({ operation: 'load the panel module' })]);
  await expect(note).toHaveValue('Please fix teh quick brown fox sentence.');
});
