import { test, expect } from './fixtures/test';
import { OptionsPage } from './page-objects/options-page';
import { askInTextarea } from './page-objects/textarea-page';

test('history lists generations, searches and deletes them, and shows markdown without running markup', async ({ context, extensionId, configure, llm, pages }) => {
  await configure({});
  await askInTextarea(context, pages.url, 'Plain one');
  llm.script({ kind: 'ok', reply: '**Bold** move <img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>' });
  await askInTextarea(context, pages.url, 'Formatted one');

  const options = new OptionsPage(await context.newPage(), extensionId);
  const page = options.page;
  await options.goto('history');
  const entries = page.getByRole('list', { name: 'Generations' }).getByRole('listitem');
  await expect(entries).toHaveCount(2);
  // Newest first, with prompt, model and page.
  await expect(entries.first()).toContainText('Formatted one');
  await expect(entries.first()).toContainText('test-model');
  await expect(entries.first()).toContainText('Textarea test page');
  await expect(entries.first().locator('strong')).toHaveText('Bold');
  await expect(entries.first().locator('img, script')).toHaveCount(0);
  expect(await page.title()).not.toBe('pwned');

  await options.field('Show formatting').uncheck();
  await expect(entries.first().locator('pre')).toContainText('**Bold** move');

  await options.field('Search history').fill('plain');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('Plain one');
  await entries.first().getByRole('button', { name: /^Delete the entry from / }).click();
  await expect(page.getByText('No entry matches.')).toBeVisible();
  await options.field('Search history').fill('');
  await expect(entries).toHaveCount(1);
});

test('with history switched off, the next generation is not recorded', async ({ context, extensionId, configure, pages }) => {
  await configure({});
  const options = new OptionsPage(await context.newPage(), extensionId);
  await options.goto('history');
  const toggle = options.page.getByRole('switch', { name: 'Keep a history of generations' });
  await toggle.uncheck();
  await expect(options.status).toHaveText('Saved.');
  await expect(toggle).not.toBeChecked();

  await askInTextarea(context, pages.url, 'Not to be kept');
  await options.page.reload();
  await expect(options.page.getByText('Nothing here yet.')).toBeVisible();
});

test('a delete the worker could not carry out says so, and the entry stays listed', async ({ context, extensionId, configure, pages, serviceWorker }) => {
  await configure({});
  await askInTextarea(context, pages.url, 'Keep me listed');
  const options = new OptionsPage(await context.newPage(), extensionId);
  const page = options.page;
  await options.goto('history');
  const entries = page.getByRole('list', { name: 'Generations' }).getByRole('listitem');
  await expect(entries).toHaveCount(1);
  // The worker's database refuses deletes for now, as a full or damaged disk does.
  await serviceWorker.evaluate(() => {
    IDBObjectStore.prototype.delete = () => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    };
  });
  await entries.first().getByRole('button', { name: /^Delete the entry from / }).click();
  await expect(page.getByRole('alert')).toContainText('That did not work: The disk is full. Nothing was changed; try again.');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('Keep me listed');
});
