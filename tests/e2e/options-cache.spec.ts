import { test, expect } from './fixtures/test';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { OptionsPage } from './page-objects/options-page';
import { askInTextarea } from './page-objects/textarea-page';

test('the cache section shows live entries and hit rate, and Clear empties it', async ({ context, extensionId, configure, pages }) => {
  // At temperature 0 answers are cached.
  await configure({ settings: { generation: { ...DEFAULT_SETTINGS.generation, temperature: 0 } } });
  await askInTextarea(context, pages.url, 'Cache me');
  await askInTextarea(context, pages.url, 'Cache me', 'From the cache');

  const options = new OptionsPage(await context.newPage(), extensionId);
  await options.goto('cache');
  await expect(options.tile('Entries')).toHaveText('1');
  await expect(options.tile('Size')).toHaveText(/^\d+(\.\d)? (B|KB)$/);
  await expect(options.tile('Cache hit rate')).toHaveText('50%');
  await options.page.getByRole('button', { name: 'Clear cache' }).click();
  await expect(options.page.getByText('The cache is empty.')).toBeVisible();
  await expect(options.tile('Entries')).toHaveText('0');
});
