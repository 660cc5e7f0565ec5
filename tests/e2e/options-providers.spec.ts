import { startLlmServer, type LlmServer } from '../server/llm-server';
import { test, expect } from './fixtures/test';
import { OptionsPage } from './page-objects/options-page';

let keyed: LlmServer;
test.beforeAll(async () => {
  // A server that insists on one key, so a wrong key gets the vendor's 401.
  keyed = await startLlmServer({ port: 0, apiKey: 'sk-right' });
});
test.afterAll(async () => {
  await keyed.close();
});

test('Test connection lists the models with the latency, and explains a wrong key, a wrong path and an unreachable host', async ({ context, extensionId }) => {
  const page = await context.newPage();
  const options = new OptionsPage(page, extensionId);
  await options.goto();
  const test = page.getByRole('button', { name: 'Test connection' });
  const result = page.locator('.connection-test [aria-live]');

  await options.baseUrl.fill(keyed.baseUrl);
  await options.apiKey.fill('sk-wrong');
  await test.click();
  await expect(result).toHaveText('The endpoint rejected the API key (401). Check the key, or paste a new one.');

  await options.apiKey.fill('sk-right');
  await test.click();
  await expect(result).toHaveText(/^Connected in \d+ ms\. The endpoint lists 3 models\.$/);
  await page.getByRole('button', { name: 'fallback-model', exact: true }).click();
  await expect(options.model).toHaveValue('fallback-model');

  await options.baseUrl.fill(`${keyed.url}/nothing-here`);
  await test.click();
  await expect(result).toHaveText(/^Nothing answers at this address \(404\)/);

  await options.baseUrl.fill('http://127.0.0.1:9/v1');
  await test.click();
  await expect(result).toHaveText(/^Cannot reach http:\/\/127\.0\.0\.1:9\. /);
  // Testing saves nothing.
  await page.reload();
  await expect(options.baseUrl).toHaveValue('http://localhost:11434/v1');
});

test('a provider added from a preset is saved with its own key and joins the fallback chain', async ({ context, extensionId, llm, serviceWorker, configure }) => {
  await configure({});
  const page = await context.newPage();
  const options = new OptionsPage(page, extensionId);
  await options.goto();
  await options.field('Provider preset').selectOption({ label: 'Custom OpenAI-compatible endpoint' });
  await page.getByRole('button', { name: 'Add provider' }).click();
  await options.field('Name').fill('Gateway');
  await options.baseUrl.fill(llm.baseUrl);
  await options.apiKey.fill('sk-gateway');
  await options.model.fill('test-model-mini');
  await options.field('Extra headers').fill('X-Team: writers\nnot a header');
  await options.save.click();
  await expect(page.getByRole('alert')).toHaveText('Line 2: Write each header as Name: value.');
  await expect(options.field('Extra headers')).toHaveAttribute('aria-invalid', 'true');

  await options.field('Extra headers').fill('X-Team: writers');
  await options.save.click();
  await expect(options.status).toHaveText('Saved.');
  await expect(page.getByRole('list', { name: 'Configured providers' }).getByRole('button')).toHaveText([/Test server/, /Gateway.*key saved/]);

  const { settings, keys } = await serviceWorker.evaluate(async () => ({
    settings: (await chrome.storage.sync.get('settings')).settings as { chain: unknown; providers: Array<{ id: string; headers: unknown }> },
    keys: (await chrome.storage.local.get('apiKeys')).apiKeys,
  }));
  expect(settings.chain).toEqual([
    { providerId: 'default', model: 'test-model' },
    { providerId: 'custom', model: 'test-model-mini' },
  ]);
  expect(settings.providers[1]).toMatchObject({ id: 'custom', headers: { 'X-Team': 'writers' } });
  expect(keys).toEqual({ default: 'sk-test', custom: 'sk-gateway' });
  expect(await page.content()).not.toContain('sk-gateway');
});

test('Test connection uses the saved key only for the origin it was saved for', async ({ context, extensionId, configure }) => {
  await configure({ baseUrl: keyed.baseUrl, apiKey: 'sk-right' });
  const page = await context.newPage();
  const options = new OptionsPage(page, extensionId);
  await options.goto();
  const result = page.locator('.connection-test [aria-live]');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(result).toHaveText(/^Connected in \d+ ms\./);

  // Same server, another origin: the stored key stays home until it is typed again.
  await options.baseUrl.fill(`http://localhost:${keyed.port}/v1`);
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(result).toHaveText(/rejected the API key \(401\)/);
  expect(keyed.requests.at(-1)?.headers.authorization).toBeUndefined();
});

test('a stored key that could not be forgotten says it is still stored', async ({ context, extensionId, configure, serviceWorker }) => {
  await configure({});
  // Writes of the keys fail for now, as on a full disk.
  await serviceWorker.evaluate(() => {
    const local = chrome.storage.local as unknown as { set: (items: Record<string, unknown>) => Promise<void> };
    const write = local.set.bind(chrome.storage.local);
    local.set = (items) => ('apiKeys' in items ? Promise.reject(new Error('The disk is full')) : write(items));
  });
  const page = await context.newPage();
  const options = new OptionsPage(page, extensionId);
  await options.goto();
  await page.getByRole('button', { name: 'Forget the stored key' }).click();
  await expect(page.getByText('The stored key could not be removed: The disk is full. It is still stored; try again.')).toBeVisible();
  await expect(page.getByText('The stored key was removed.')).toHaveCount(0);
  const keys = await serviceWorker.evaluate(async () => (await chrome.storage.local.get('apiKeys')).apiKeys);
  expect(keys).toEqual({ default: 'sk-test' });
});
