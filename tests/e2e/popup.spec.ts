// The popup's other parts: the quick prompt, the per-site switch and form-fill profiles.
import { test, expect } from './fixtures/test';
import { PopupPage, tabIdOf } from './page-objects/popup-page';

test('quick prompt: the answer shows as text and Copy puts it on the clipboard', async ({ context, pages, configure, llm, serviceWorker, extensionId }) => {
  await configure({});
  const page = await context.newPage();
  const url = `${pages.url}/textarea.html`;
  await page.goto(url);
  const popup = await PopupPage.open(context, extensionId, await tabIdOf(serviceWorker, url));
  await popup.page.getByRole('textbox', { name: 'Prompt' }).fill('Say <b>hi</b>');
  await popup.button('Send').click();
  const result = popup.page.getByRole('region', { name: 'Result' });
  await expect(result).toHaveText('Draftsmith test reply: Say <b>hi</b>');
  await expect(result.locator('b')).toHaveCount(0);
  await popup.button('Copy').click();
  await expect(popup.page.getByRole('status').last()).toHaveText('Copied.');
  // The clipboard is the system's: read it back from the web page, which may be granted the permission.
  await context.grantPermissions(['clipboard-read'], { origin: pages.url });
  await page.bringToFront();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Draftsmith test reply: Say <b>hi</b>');
  expect(llm.requests.filter((request) => request.path === '/v1/chat/completions')).toHaveLength(1);
});

test('the site switch turns Draftsmith off for the tab’s site and back on', async ({ context, pages, configure, serviceWorker, extensionId }) => {
  await configure({});
  const page = await context.newPage();
  const url = `${pages.url}/textarea.html`;
  await page.goto(url);
  const popup = await PopupPage.open(context, extensionId, await tabIdOf(serviceWorker, url));
  const toggle = popup.page.getByRole('switch', { name: 'On for 127.0.0.1' });
  const disabledSites = () => serviceWorker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { disabledSites: string[] }).disabledSites);
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect.poll(disabledSites).toEqual(['127.0.0.1']);
  await toggle.check();
  await expect.poll(disabledSites).toEqual([]);
});

test('a saved profile goes into the form-fill request as the user’s facts', async ({ context, pages, configure, llm, serviceWorker, extensionId }) => {
  await configure({});
  const page = await context.newPage();
  const url = `${pages.url}/forms/split-parent.html`;
  await page.goto(url);
  const popup = await PopupPage.open(context, extensionId, await tabIdOf(serviceWorker, url));
  await popup.page.getByText('Form-fill profiles').click();
  await popup.button('Add profile').click();
  await popup.page.getByLabel('Profile name').fill('Work');
  await popup.page.getByLabel('Facts').fill('Ann Example lives at Main St 1, 10115 Berlin.');
  await popup.button('Save profiles').click();
  await expect(popup.page.getByText('Profiles saved.')).toBeVisible();

  await popup.suggest('Fill in my address', 'Work');
  const [request] = llm.requests.filter((one) => one.path === '/v1/chat/completions');
  expect(request?.rawBody).toContain('Ann Example lives at Main St 1, 10115 Berlin.');
});

test('a site left out of the allowed sites shows the switch off, not to be changed here, and says why', async ({ context, pages, configure, serviceWorker, extensionId }) => {
  await configure({ settings: { allowedSites: ['example.org'] } });
  const page = await context.newPage();
  const url = `${pages.url}/textarea.html`;
  await page.goto(url);
  // The page goes by the same rule: no button.
  await page.locator('#note').focus();
  await expect(page.getByRole('button', { name: 'Generate' })).toBeHidden();
  const popup = await PopupPage.open(context, extensionId, await tabIdOf(serviceWorker, url));
  const toggle = popup.page.getByRole('switch', { name: 'On for 127.0.0.1' });
  await expect(toggle).not.toBeChecked();
  await expect(toggle).toBeDisabled();
  await expect(popup.page.getByText('Draftsmith runs only on the sites in your list of allowed sites')).toBeVisible();
  await popup.page.screenshot({ path: 'test-results/screenshots/popup-site-not-allowed.png' });
});
