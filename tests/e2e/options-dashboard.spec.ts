import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures/test';
import { OptionsPage } from './page-objects/options-page';
import { askInTextarea } from './page-objects/textarea-page';

test('after three generations, one refused, the dashboard shows 3 requests, 66.7 % success and a latency chart', async ({ context, extensionId, configure, llm, pages }) => {
  await configure({});
  await askInTextarea(context, pages.url, 'First request');
  await askInTextarea(context, pages.url, 'Second request');
  llm.script({ kind: 'unauthorized' });
  await askInTextarea(context, pages.url, 'Third request', 'rejected the API key (401)');

  const options = new OptionsPage(await context.newPage(), extensionId);
  const page = options.page;
  // The last record is written as the answer ends; reload until the dashboard has it.
  await expect(async () => {
    await options.goto('metrics');
    await expect(options.tile('Requests')).toHaveText('3', { timeout: 1000 });
  }).toPass();
  await expect(options.tile('Success rate')).toHaveText('66.7%');
  await expect(options.tile('Latency P50')).toHaveText(/^\d[\d,]* ms$/);
  const latency = page.getByRole('figure', { name: 'Latency per request (ms)' });
  // One dot per request on the latency line, and a drawn curve through them.
  await expect(latency.locator('.recharts-line-dots').first().locator('.recharts-line-dot')).toHaveCount(3);
  await expect(latency.locator('.recharts-line-curve').first()).toHaveAttribute('d', /^M[\d.,]+L[\d.,]+L[\d.,]+$/);
  // Issue 15: a request that failed before any model answered counts under the model it was meant for.
  const byModel = page.getByRole('table', { name: 'Per model' });
  await expect(byModel.getByRole('row', { name: /^test-model/ }).getByRole('cell').nth(0)).toHaveText('3');
  await expect(byModel.getByRole('row', { name: /^test-model/ }).getByRole('cell').nth(1)).toHaveText('66.7%');
  await expect(byModel.getByRole('row', { name: /^\(none\)/ })).toHaveCount(0);

  await options.field('Filter by model').selectOption('test-model');
  await expect(options.tile('Requests')).toHaveText('3');
  await expect(options.tile('Success rate')).toHaveText('66.7%');
  await options.field('Filter by model').selectOption({ label: 'All models' });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines).toHaveLength(4);
  expect(lines[0]).toContain('latencyMs');
  expect(lines.filter((line) => line.includes(',error,'))).toHaveLength(1);
});
