// Storage holding settings from every older schema version, or garbage: the extension starts with
// migrated or default settings, keeps a backup of what it could not read, and still generates.
import { test, expect } from '../fixtures/test';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { reloadExtension } from '../fixtures/worker-control';

const V0 = { baseUrl: 'https://api.example.com/v1', model: 'legacy-model' };
const V1 = { version: 1, baseUrl: 'https://api.example.org/v1', model: 'v1-model', systemPrompt: 'Be brief.', maxTokens: 300, temperature: 0.2, disabledSites: ['a.example'] };

test.describe('stored settings at start-up', () => {
  for (const [name, stored, expected] of [
    ['version 0 (before versions)', V0, { baseUrl: V0.baseUrl, model: V0.model }],
    ['version 1', V1, { baseUrl: V1.baseUrl, model: V1.model }],
  ] as const) {
    test(`${name} is migrated to the current version`, async ({ context, serviceWorker }) => {
      await serviceWorker.evaluate((value) => chrome.storage.sync.set({ settings: value }), stored);
      const worker = await reloadExtension(context, serviceWorker);
      await expect
        .poll(async () => worker.evaluate(async () => ((await chrome.storage.sync.get('settings')) as { settings?: { version?: number } }).settings?.version), { timeout: 10_000 })
        .toBe(DEFAULT_SETTINGS.version);
      type Stored = { providers: Array<{ baseUrl: string }>; chain: Array<{ model: string }> };
      const settings = await worker.evaluate(async () => ((await chrome.storage.sync.get('settings')) as { settings: Stored }).settings);
      expect(settings.providers[0]?.baseUrl).toBe(expected.baseUrl);
      expect(settings.chain[0]?.model).toBe(expected.model);
    });
  }

  for (const [name, garbage] of [
    ['a string', 'garbage'],
    ['a future version', { version: 99, providers: 'x' }],
    ['an invalid current object', { ...DEFAULT_SETTINGS, chain: [] }],
  ] as const) {
    test(`${name} falls back to defaults with a backup, and generation still works`, async ({ context, serviceWorker, pages, llm }) => {
      await serviceWorker.evaluate((value) => chrome.storage.sync.set({ settings: value }), garbage);
      const worker = await reloadExtension(context, serviceWorker);
      await expect
        .poll(async () => worker.evaluate(async () => ((await chrome.storage.local.get('settingsBackup')) as { settingsBackup?: { value?: unknown } }).settingsBackup?.value), { timeout: 10_000 })
        .toEqual(garbage);
      const settings = await worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
      expect(settings).toEqual(DEFAULT_SETTINGS);

      // The reloaded worker is a new one; point the defaults at the test server through it.
      const live = { ...DEFAULT_SETTINGS, providers: [{ ...DEFAULT_SETTINGS.providers[0]!, baseUrl: llm.baseUrl }], chain: [{ providerId: 'default', model: 'test-model' }] };
      await worker.evaluate((value) => chrome.storage.sync.set({ settings: value }), live);
      const page = await context.newPage();
      await page.goto(`${pages.url}/textarea.html`);
      await page.locator('#note').focus();
      await page.getByRole('button', { name: 'Generate' }).click();
      await page.getByRole('textbox', { name: 'Prompt' }).fill('Still alive?');
      await page.getByRole('textbox', { name: 'Prompt' }).press('Enter');
      await expect(page.getByRole('dialog').getByRole('status')).toContainText('Done');
      expect(llm.requests.length).toBeGreaterThan(0);
    });
  }
});
