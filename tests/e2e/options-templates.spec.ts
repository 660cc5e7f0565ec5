import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures/test';
import { OptionsPage } from './page-objects/options-page';

test('templates are added, checked for variables, reordered, saved, exported and imported', async ({ context, extensionId, configure, serviceWorker }) => {
  await configure({});
  const options = new OptionsPage(await context.newPage(), extensionId);
  const page = options.page;
  await options.goto('templates');

  await page.getByRole('button', { name: 'Add template' }).click();
  await options.field('Title of template 1').fill('Polish');
  await options.field('Prompt of template 1').fill('Polish {{selection}} for {{audience}}');
  await expect(page.getByText('Unknown, left as written: {{audience}}')).toBeVisible();
  await page.getByRole('button', { name: 'Add template' }).click();
  await options.field('Title of template 2').fill('Shorten');
  await options.save.click();
  await expect(page.getByRole('alert')).toHaveText("Write the template's prompt.");
  await options.field('Prompt of template 2').fill('Make this shorter.');
  await page.getByRole('button', { name: 'Move Shorten up' }).click();
  await page.getByRole('button', { name: 'Add snippet' }).click();
  await options.field('Title of snippet 1').fill('Signature');
  await options.field('Text of snippet 1').fill('Best regards, Ann');
  await options.field('Keywords of snippet 1').fill('sign, regards');
  await options.save.click();
  await expect(options.status).toHaveText('Saved.');

  const stored = await serviceWorker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as { templates: Array<{ title: string }>; snippets: unknown[] });
  expect(stored.templates.map((template) => template.title)).toEqual(['Shorten', 'Polish']);
  expect(stored.snippets).toEqual([expect.objectContaining({ title: 'Signature', keywords: ['sign', 'regards'] })]);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export templates and snippets' }).click();
  const file = await readFile(await (await download).path(), 'utf8');
  expect(JSON.parse(file)).toMatchObject({ format: 'draftsmith-templates', templates: [{ title: 'Shorten' }, { title: 'Polish' }] });

  await page.getByRole('button', { name: 'Delete Polish' }).click();
  await page.getByRole('button', { name: 'Delete Shorten' }).click();
  await page.getByLabel('Import templates and snippets').setInputFiles({ name: 'templates.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.getByText('Imported templates: 2, snippets: 1. Save to keep them.')).toBeVisible();
  await expect(options.field('Title of template 2')).toHaveValue('Polish');
});
