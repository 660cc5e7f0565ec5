// Form fill when part of the form sits in a cross-origin frame the extension holds no permission for: the popup
// names the frame's origin and asks to allow Draftsmith there, instead of leaving its fields out silently.
import { rmSync } from 'node:fs';
import { test as base, expect } from './fixtures/test';
import { launchWithExtension } from './fixtures/chromium';
import { PopupPage, tabIdOf } from './page-objects/popup-page';

// A host outside the manifest's loopback permissions, resolved by the browser to the loopback page server.
const FRAME_HOST = 'frames.test';

const test = base.extend({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const { context, userDataDir } = await launchWithExtension({ args: [`--host-resolver-rules=MAP ${FRAME_HOST} 127.0.0.1`] });
    await use(context);
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  },
});

test('a form split into a frame from an origin without permission: the popup asks to allow it, and fills the rest meanwhile', async ({ context, pages, configure, llm, serviceWorker, extensionId }) => {
  await configure({});
  const page = await context.newPage();
  const url = `${pages.url}/forms/split-parent.html?frameHost=${FRAME_HOST}`;
  await page.goto(url);
  await page.frameLocator('#part').locator('#street').waitFor();
  const port = new URL(pages.url).port;
  llm.script({ kind: 'ok', reply: JSON.stringify({ f1: 'Ann', f2: 'support' }) });

  const popup = await PopupPage.open(context, extensionId, await tabIdOf(serviceWorker, url));
  await popup.suggest('Ann, asking support.');
  // Only the top frame's fields could be read; the frame's origin is named, with a way to allow it.
  await expect(popup.preview.getByRole('listitem')).toHaveCount(2);
  await expect(popup.framePrompt).toContainText(`This form is partly in a frame from ${FRAME_HOST}:${port}. Allow Draftsmith there?`);
  await expect(popup.framePrompt.getByRole('button', { name: 'Allow' })).toBeEnabled();
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.page.emulateMedia({ colorScheme });
    await popup.page.setViewportSize({ width: 400, height: 560 });
    await popup.page.screenshot({ path: `test-results/screenshots/popup-frame-permission-${colorScheme}.png` });
  }
  const granted = await serviceWorker.evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), `http://${FRAME_HOST}/*`);
  expect(granted).toBe(false);

  // Headless Chromium cannot show (or accept) the browser's permission dialog, so it is replaced in the popup
  // by one that records what was asked and says no: the click asks for exactly the frame's origin.
  await popup.page.evaluate(() => {
    const asked: unknown[] = [];
    (window as { asked?: unknown[] }).asked = asked;
    chrome.permissions.request = ((request: chrome.permissions.Permissions) => {
      asked.push(request);
      return Promise.resolve(false);
    }) as typeof chrome.permissions.request;
  });
  await popup.framePrompt.getByRole('button', { name: 'Allow' }).click();
  await expect(popup.framePrompt.getByRole('alert')).toHaveText(`Not allowed, so the fields in the frame from ${FRAME_HOST}:${port} are left out.`);
  expect(await popup.page.evaluate(() => (window as { asked?: unknown[] }).asked)).toEqual([{ origins: [`http://${FRAME_HOST}/*`] }]);

  // What could be read still fills.
  await popup.button('Fill 2 fields').click();
  await expect(popup.status).toContainText('Filled 2 fields.');
  await expect(page.locator('#first')).toHaveValue('Ann');
  await expect(page.frameLocator('#part').locator('#street')).toHaveValue('');
});

test('a form that lives entirely in such a frame: the popup says no field could be read and asks to allow the frame', async ({ context, pages, configure, llm, serviceWorker, extensionId }) => {
  await configure({});
  const page = await context.newPage();
  const url = `${pages.url}/forms/frame-only.html?frameHost=${FRAME_HOST}`;
  await page.goto(url);
  await page.frameLocator('#part').locator('#street').waitFor();
  const popup = await PopupPage.open(context, extensionId, await tabIdOf(serviceWorker, url));
  await popup.instruction.fill('Ann, Main St 1.');
  await popup.button('Suggest values').click();
  await expect(popup.status).toContainText('This page has no field Draftsmith may fill.');
  await expect(popup.framePrompt).toContainText(`This form is partly in a frame from ${FRAME_HOST}:${new URL(pages.url).port}. Allow Draftsmith there?`);
  // Nothing was sent to the model for a page with nothing to fill.
  expect(llm.requests.filter((request) => request.path === '/v1/chat/completions')).toHaveLength(0);
});

test('a frame on an origin the extension may enter raises no prompt', async ({ context, pages, configure, llm, serviceWorker, extensionId }) => {
  await configure({});
  const page = await context.newPage();
  const url = `${pages.url}/forms/split-parent.html`;
  await page.goto(url);
  await page.frameLocator('#part').locator('#street').waitFor();
  llm.script({ kind: 'ok', reply: JSON.stringify({ f1: 'Ann' }) });
  const popup = await PopupPage.open(context, extensionId, await tabIdOf(serviceWorker, url));
  await popup.suggest('Ann.');
  await expect(popup.preview.getByRole('listitem')).toHaveCount(5);
  await expect(popup.framePrompt).toHaveCount(0);
});
