import { test, expect } from './fixtures/test';
import { OptionsPage } from './page-objects/options-page';
import { askInTextarea } from './page-objects/textarea-page';

test('options persist across a reload and the key never comes back to the page', async ({ context, extensionId, llm, serviceWorker }) => {
  const page = await context.newPage();
  const options = new OptionsPage(page, extensionId);
  await options.goto();
  await options.baseUrl.fill(llm.baseUrl);
  await options.apiKey.fill('sk-secret-123');
  await options.model.fill('test-model-mini');
  await options.save.click();
  await expect(options.status).toHaveText('Saved.');
  await page.reload();
  await expect(options.baseUrl).toHaveValue(llm.baseUrl);
  await expect(options.model).toHaveValue('test-model-mini');
  await expect(options.apiKey).toHaveValue('');
  await expect(page.getByText('A key is stored.')).toBeVisible();
  expect(await page.content()).not.toContain('sk-secret-123');
  const stored = await serviceWorker.evaluate(() => chrome.storage.local.get('apiKeys'));
  expect(stored).toEqual({ apiKeys: { default: 'sk-secret-123' } });
});

test('an invalid value shows an inline error and is not saved', async ({ context, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  const options = new OptionsPage(page, extensionId);
  await options.goto();
  const before = await serviceWorker.evaluate(() => chrome.storage.sync.get('settings'));
  await options.baseUrl.fill('localhost:11434');
  await options.model.fill('');
  await options.save.click();
  await expect(page.getByRole('alert').filter({ hasText: 'must start with http:// or https://' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Enter a model name.' })).toBeVisible();
  await expect(options.baseUrl).toHaveAttribute('aria-invalid', 'true');
  await expect(options.status).toHaveText('Not saved: fix the fields marked in red.');
  expect(await serviceWorker.evaluate(() => chrome.storage.sync.get('settings'))).toEqual(before);
});

test('a saved model is used by the next generation', async ({ context, extensionId, llm, pages }) => {
  const page = await context.newPage();
  const options = new OptionsPage(page, extensionId);
  await options.goto();
  await options.baseUrl.fill(llm.baseUrl);
  await options.model.fill('fallback-model');
  await options.save.click();
  await expect(options.status).toHaveText('Saved.');

  await askInTextarea(context, pages.url, 'hello', 'Answer from fallback-model');
  expect((llm.requests.at(-1)?.body as { model?: string }).model).toBe('fallback-model');
});
