// Nothing lost on the options page: unsaved edits are marked, leaving asks first, and amounts read in human
// units that round-trip to the stored milliseconds.
import { test, expect } from './fixtures/test';
import { OptionsPage } from './page-objects/options-page';

test('an unsaved edit is marked, a section switch asks first, and staying keeps the edit', async ({ context, extensionId, configure }) => {
  await configure({});
  const options = new OptionsPage(await context.newPage(), extensionId);
  const page = options.page;
  await options.goto('reliability');
  await options.field('Retries per target').fill('5');
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await options.screenshots('save-bar-unsaved');

  // Stay: the warning names the loss, the section and the edit are still there.
  const warned = new Promise<string>((resolve) => page.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.message()))));
  await page.getByRole('navigation').getByRole('link', { name: 'Cache', exact: true }).click();
  expect(await warned).toBe('This section has unsaved changes. Leave without saving them?');
  await expect(options.heading).toHaveText('Reliability');
  await expect(options.field('Retries per target')).toHaveValue('5');
  expect(page.url()).toMatch(/#reliability$/);

  // Closing the tab with the edit asks too (the browser's own prompt).
  const beforeUnload = new Promise<string>((resolve) => page.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.type()))));
  await page.close({ runBeforeUnload: true });
  expect(await beforeUnload).toBe('beforeunload');
  expect(page.isClosed()).toBe(false);

  // Saved, the mark goes and switching is silent.
  await options.save.click();
  await expect(options.status).toHaveText('Saved.');
  await expect(page.getByText('Unsaved changes')).toHaveCount(0);
  let asked = false;
  page.on('dialog', (dialog) => {
    asked = true;
    void dialog.accept();
  });
  await options.open('Cache');
  await expect(options.heading).toHaveText('Cache');
  expect(asked).toBe(false);
});

test('leaving anyway drops the edit and opens the other section', async ({ context, extensionId, configure }) => {
  await configure({});
  const options = new OptionsPage(await context.newPage(), extensionId);
  const page = options.page;
  await options.goto('generation');
  await options.field('System prompt').fill('Never saved');
  page.once('dialog', (dialog) => void dialog.accept());
  await options.open('Output filter');
  await expect(options.heading).toHaveText('Output filter');
  await options.open('Generation');
  await expect(options.field('System prompt')).not.toHaveValue('Never saved');
});

test('amounts round-trip in human units: 2 hours is stored as 7,200,000 ms and reads back as 2 hours', async ({ context, extensionId, configure, serviceWorker }) => {
  await configure({});
  const options = new OptionsPage(await context.newPage(), extensionId);
  const page = options.page;
  await options.goto('cache');
  const ttl = options.amount('Keep answers fresh for');
  const size = options.amount('Largest size');
  await ttl.value.fill('2');
  await ttl.unit.selectOption({ label: 'hours' });
  await size.value.fill('5');
  await size.unit.selectOption({ label: 'megabytes' });
  await options.screenshots('units-cache');
  await options.save.click();
  await expect(options.status).toHaveText('Saved.');
  const cache = await serviceWorker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { cache: { ttlMs: number; maxBytes: number } }).cache);
  expect(cache).toMatchObject({ ttlMs: 7_200_000, maxBytes: 5_000_000 });

  await page.reload();
  await expect(ttl.value).toHaveValue('2');
  await expect(ttl.unit.locator('option:checked')).toHaveText('hours');
  await expect(size.value).toHaveValue('5');
  await expect(size.unit.locator('option:checked')).toHaveText('megabytes');

  // Reliability: the fine-grained timeouts wait under a collapsed Advanced.
  await options.open('Reliability');
  const firstToken = options.amount('First-token timeout');
  await expect(firstToken.value).toBeHidden();
  await page.getByText('Advanced', { exact: true }).click();
  await expect(firstToken.value).toBeVisible();
  await options.screenshots('units-reliability');
});

test('the default filter words are not shown until asked for', async ({ context, extensionId, configure }) => {
  await configure({});
  const options = new OptionsPage(await context.newPage(), extensionId);
  await options.goto('filter');
  await expect(options.page.getByText('4 words in the list.')).toBeVisible();
  await expect(options.page.getByLabel('Words', { exact: true })).toHaveCount(0);
  await options.screenshots('filter-hidden');
  await expect(await options.filterWords()).toHaveValue(/傻逼/);
});
