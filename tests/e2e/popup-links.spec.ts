// The popup's ways out and its plain words: the settings link, the active model, the instruction kept in view,
// Open settings on a provider error, and no Try again where there is nothing to fill.
import type { BrowserContext } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { PopupPage, tabIdOf } from './page-objects/popup-page';

const isOptions = (url: string) => url.includes('/options.html');

// The install opened the onboarding; Chrome would focus that tab rather than open one, so it goes first.
async function closeOptionsTabs(context: BrowserContext): Promise<void> {
  for (const tab of context.pages()) if (isOptions(tab.url())) await tab.close();
}

test('the popup names the active model and its Settings link opens the options page', async ({ context, pages, configure, serviceWorker, extensionId }) => {
  await configure({});
  const page = await context.newPage();
  const url = `${pages.url}/textarea.html`;
  await page.goto(url);
  const popup = await PopupPage.open(context, extensionId, await tabIdOf(serviceWorker, url));
  await expect(popup.activeModel).toContainText('Model: test-model (Test server)');
  await popup.screenshots('popup');
  await closeOptionsTabs(context);
  const opened = context.waitForEvent('page', { predicate: (tab) => isOptions(tab.url()) });
  await popup.settingsLink.click();
  await expect((await opened).getByRole('main').getByRole('heading', { level: 2 })).toHaveText('Providers');
});

test('a provider error keeps the instruction in view and offers Open settings; the preview keeps it too', async ({ context, pages, configure, llm, serviceWorker, extensionId }) => {
  await configure({});
  const page = await context.newPage();
  const url = `${pages.url}/forms/job-application.html`;
  await page.goto(url);
  const popup = await PopupPage.open(context, extensionId, await tabIdOf(serviceWorker, url));
  llm.script({ kind: 'unauthorized' });
  await popup.instruction.fill('Apply as Ada Lovelace');
  await popup.button('Suggest values').click();
  await expect(popup.status).toContainText('rejected the API key (401)');
  await expect(popup.fillSection).toContainText('Your instruction: Apply as Ada Lovelace');
  await expect(popup.button('Open settings')).toBeVisible();
  await popup.screenshots('popup-provider-error');

  // Asked again (the server answers now), the preview still shows what was asked.
  await popup.button('Try again').click();
  await popup.preview.waitFor();
  await expect(popup.fillSection).toContainText('Your instruction: Apply as Ada Lovelace');
  await expect(popup.page.getByText(/request\(s\)|model\(s\)/)).toHaveCount(0);
  await expect(popup.fillSection).toContainText(/Answer from test-model in 1 request\./);
  await popup.screenshots('popup-preview');
});

test('Open settings on a provider error opens the options page', async ({ context, pages, configure, llm, serviceWorker, extensionId }) => {
  await configure({});
  const page = await context.newPage();
  const url = `${pages.url}/forms/job-application.html`;
  await page.goto(url);
  const popup = await PopupPage.open(context, extensionId, await tabIdOf(serviceWorker, url));
  llm.script({ kind: 'unauthorized' });
  await popup.instruction.fill('Apply');
  await popup.button('Suggest values').click();
  // The provider's refusal is said first; a failure here shows what the popup said instead.
  await expect(popup.status).toContainText('rejected the API key', { timeout: 30_000 });
  await closeOptionsTabs(context);
  const opened = context.waitForEvent('page', { predicate: (tab) => isOptions(tab.url()) });
  await popup.button('Open settings').click();
  await opened;
});

test('on a page without fields the popup says so and offers no Try again', async ({ context, pages, configure, serviceWorker, extensionId }) => {
  await configure({});
  const page = await context.newPage();
  const url = `${pages.url}/selection-trusted-types.html`;
  await page.goto(url);
  const popup = await PopupPage.open(context, extensionId, await tabIdOf(serviceWorker, url));
  await popup.instruction.fill('Fill it');
  await popup.button('Suggest values').click();
  await expect(popup.status).toContainText('This page has no field Draftsmith may fill.');
  await expect(popup.button('Try again')).toHaveCount(0);
  await expect(popup.button('Open settings')).toHaveCount(0);
  await popup.screenshots('popup-no-fields');
});
