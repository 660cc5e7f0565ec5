import { test, expect } from './fixtures/test';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { InlinePanel } from './page-objects/inline-panel';
import { OptionsPage } from './page-objects/options-page';
import { stopServiceWorkers } from './fixtures/worker-control';

// IndexedDB and storage are broken on purpose inside the worker; the generation still works (nothing the user
// needs depends on them) and every swallowed failure shows up in the Diagnostics section.
test('broken IndexedDB and storage: the answer still arrives, and Diagnostics lists each failure', async ({ context, pages, configure, serviceWorker, extensionId, llm }) => {
  // Cached at any temperature, so the cache is read and written on this request too.
  await configure({ settings: { cache: { ...DEFAULT_SETTINGS.cache, cacheAnyTemperature: true } } });
  await serviceWorker.evaluate(() => {
    const broken = (what: string) => () => {
      throw new DOMException(`${what} broken on purpose`, 'UnknownError');
    };
    IDBObjectStore.prototype.put = broken('IndexedDB put');
    IDBObjectStore.prototype.get = broken('IndexedDB get');
    IDBObjectStore.prototype.getAll = broken('IndexedDB getAll');
    chrome.storage.session.set = () => Promise.reject(new Error('storage.session broken on purpose'));
  });

  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const panel = new InlinePanel(page);
  await panel.open(page.locator('#note'));
  await panel.ask('Still works');
  await expect(panel.result).toContainText('Draftsmith test reply: Still works');
  expect(llm.requests.filter((r) => r.path === '/v1/chat/completions')).toHaveLength(1);

  const options = new OptionsPage(await context.newPage(), extensionId);
  await options.goto('diagnostics');
  const table = options.page.getByRole('table', { name: 'Recent problems, newest first' });
  // Each stage that lost a write says so: the cache, the metrics ring, history and the rate-limit state.
  for (const [stage, text] of [
    ['cache', 'IndexedDB'],
    ['metrics', 'IndexedDB'],
    ['history', 'IndexedDB'],
    ['Rate limit', 'storage.session broken on purpose'],
  ] as const) {
    await expect(table.getByRole('row').filter({ hasText: stage }).filter({ hasText: text }).first()).toBeVisible();
  }
  // Never the prompt: diagnostics carry error classes and stages, not what the user wrote.
  await expect(options.page.getByRole('main')).not.toContainText('Still works');
  await expect(options.page.getByRole('main')).toContainText(/Extension version/);

  // The copied report is redacted text with the same entries. Extension pages cannot be granted clipboard-read,
  // so the page's clipboard write is captured where it happens.
  await options.page.evaluate(() => {
    navigator.clipboard.writeText = async (text: string) => {
      (window as unknown as { copied: string }).copied = text;
    };
  });
  await options.page.getByRole('button', { name: 'Copy report' }).click();
  await expect(options.page.getByRole('status').filter({ hasText: 'Report copied' })).toBeVisible();
  const report = await options.page.evaluate(() => (window as unknown as { copied: string }).copied);
  expect(report).toMatch(/^Draftsmith \d+\.\d+\.\d+/);
  expect(report).toContain('| cache |');
  expect(report).not.toContain('Still works');
  expect(report).not.toContain('sk-test');

  await options.page.screenshot({ path: 'test-results/screenshots/options-diagnostics.png', fullPage: true });
  await options.page.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(options.page.getByText('No problems recorded.')).toBeVisible();
});

test('a page reports through the background only in its own stages, and entries survive a worker restart', async ({ serviceWorker, extensionId, context }) => {
  const options = new OptionsPage(await context.newPage(), extensionId);
  await options.goto('diagnostics');
  await expect(options.page.getByText('No problems recorded.')).toBeVisible();
  // A page may report for its own stage; claiming a background stage is refused by the schema.
  const results = await options.page.evaluate(async () => {
    const send = (stage: string) =>
      chrome.runtime
        .sendMessage({ id: 1, type: 'reportDiagnostic', data: { time: Date.now(), level: 'warn', stage, operation: 'test report', errorClass: 'Error', message: 'from the page' }, timestamp: Date.now() })
        .then((reply: unknown) => JSON.stringify(reply));
    return { own: await send('options'), foreign: await send('cache') };
  });
  expect(results.own).toContain('"ok":true');
  expect(results.foreign).not.toContain('"ok":true');
  await options.page.getByRole('button', { name: 'Refresh' }).click();
  const table = options.page.getByRole('table', { name: 'Recent problems, newest first' });
  await expect(table.getByRole('row').filter({ hasText: 'test report' })).toHaveCount(1);

  // Persisted a moment after the last entry; a fresh worker reads it back.
  await expect.poll(() => serviceWorker.evaluate(async () => JSON.stringify(await chrome.storage.local.get('diagnostics')))).toContain('test report');
  await stopServiceWorkers(options.page);
  await options.page.reload();
  await expect(options.page.getByRole('table', { name: 'Recent problems, newest first' }).getByRole('row').filter({ hasText: 'test report' })).toHaveCount(1);
});
