import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { OptionsPage } from './page-objects/options-page';

async function downloadJson(page: Page, click: () => Promise<void>): Promise<Record<string, unknown>> {
  const download = page.waitForEvent('download');
  await click();
  const file = await (await download).path();
  return JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
}

const storedState = (serviceWorker: { evaluate: <R>(fn: () => Promise<R>) => Promise<R> }) =>
  serviceWorker.evaluate(async () => ({ ...(await chrome.storage.sync.get('settings')), ...(await chrome.storage.local.get('apiKeys')) }));

test('export leaves the keys out unless asked, and the file imports back', async ({ context, extensionId, configure, serviceWorker }) => {
  await configure({ model: 'test-model-mini', apiKey: 'sk-exported' });
  const options = new OptionsPage(await context.newPage(), extensionId);
  const page = options.page;
  await options.goto('transfer');
  const exportButton = page.getByRole('button', { name: 'Export settings' });

  const plain = await downloadJson(page, () => exportButton.click());
  expect(plain).toMatchObject({ format: 'draftsmith-settings', settings: { chain: [{ providerId: 'default', model: 'test-model-mini' }] } });
  expect(plain).not.toHaveProperty('apiKeys');
  expect(JSON.stringify(plain)).not.toContain('sk-exported');

  await options.field('Include API keys').check();
  const withKeys = await downloadJson(page, () => exportButton.click());
  expect(withKeys.apiKeys).toEqual({ default: 'sk-exported' });

  // Change the model, then import the first file: the old model comes back, the key stays.
  await serviceWorker.evaluate(async () => {
    const { settings } = (await chrome.storage.sync.get('settings')) as { settings: { chain: Array<{ model: string }> } };
    settings.chain[0]!.model = 'changed-model';
    await chrome.storage.sync.set({ settings });
  });
  await page.getByLabel('Import settings file').setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(plain)) });
  await expect(options.status).toHaveText('Imported.');
  const after = (await storedState(serviceWorker)) as { settings: { chain: unknown }; apiKeys: unknown };
  expect(after.settings.chain).toEqual([{ providerId: 'default', model: 'test-model-mini' }]);
  expect(after.apiKeys).toEqual({ default: 'sk-exported' });
});

const badFiles: Array<[string, string, string]> = [
  ['not JSON', '{ "format": "draftsmith-settings", ', 'The file is not JSON.'],
  ['another program’s file', JSON.stringify({ theme: 'dark', fontSize: 14 }), 'This is not a Draftsmith settings file.'],
  [
    'an invalid value',
    JSON.stringify({ format: 'draftsmith-settings', settings: { version: 1, baseUrl: 'localhost:1234', model: 'm', systemPrompt: '', maxTokens: 99999999, temperature: 0.2, disabledSites: [] } }),
    'settings.generation.maxTokens: Must be at most 32000.',
  ],
];

for (const [name, content, problem] of badFiles) {
  test(`a bad import file (${name}) is rejected with the reason and changes nothing`, async ({ context, extensionId, configure, serviceWorker }) => {
    await configure({ model: 'kept-model' });
    const before = await storedState(serviceWorker);
    const options = new OptionsPage(await context.newPage(), extensionId);
    await options.goto('transfer');
    await options.page.getByLabel('Import settings file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(options.status).toHaveText('Not imported: the file has problems, and nothing was changed.');
    await expect(options.page.getByRole('alert')).toContainText(problem);
    expect(await storedState(serviceWorker)).toEqual(before);
  });
}
