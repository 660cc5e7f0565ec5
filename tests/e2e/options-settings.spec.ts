import { test, expect } from './fixtures/test';
import { OptionsPage } from './page-objects/options-page';
import { askInTextarea } from './page-objects/textarea-page';

type ChatBody = { model?: string; messages?: Array<{ role: string; content: string }> };
const lastChat = (requests: ReadonlyArray<{ path: string; body: unknown }>) =>
  requests.filter((request) => request.path === '/v1/chat/completions').at(-1)?.body as ChatBody;

test('a new system prompt is sent with the next generation', async ({ context, extensionId, configure, llm, pages }) => {
  await configure({});
  const options = new OptionsPage(await context.newPage(), extensionId);
  await options.goto('generation');
  await options.field('System prompt').fill('Answer like a ship captain.');
  await options.save.click();
  await expect(options.status).toHaveText('Saved.');

  await askInTextarea(context, pages.url, 'Greet the crew');
  const system = lastChat(llm.requests).messages?.find((message) => message.role === 'system');
  expect(system?.content).toContain('Answer like a ship captain.');
});

test('a word added to the filter is masked in the next answer', async ({ context, extensionId, configure, pages }) => {
  await configure({});
  const options = new OptionsPage(await context.newPage(), extensionId);
  await options.goto('filter');
  await options.field('Filter mode').selectOption('mask');
  await (await options.filterWords()).fill('banana');
  // The tester runs the lists as typed, before saving.
  await options.field('Text to check').fill('A banana split');
  await expect(options.page.getByRole('region', { name: 'Filtered text' })).toContainText('A •••••• split');
  await options.save.click();
  await expect(options.status).toHaveText('Saved.');

  const panel = await askInTextarea(context, pages.url, 'I like banana bread');
  await expect(panel.result).toContainText('I like •••••• bread');
  await expect(panel.result).not.toContainText('banana');
});

test('the fallback chain reorders by keyboard and by dragging, and the first target answers next', async ({ context, extensionId, configure, llm, pages }) => {
  await configure({
    settings: {
      chain: [
        { providerId: 'default', model: 'test-model' },
        { providerId: 'default', model: 'fallback-model' },
      ],
    },
  });
  const options = new OptionsPage(await context.newPage(), extensionId);
  const page = options.page;
  await options.goto('chain');
  await page.getByRole('button', { name: 'Move Test server / test-model down' }).click();
  await expect(options.field('Model for target 1')).toHaveValue('fallback-model');
  // Focus follows the moved target, so pressing again moves it back.
  await expect(page.getByRole('button', { name: 'Move Test server / test-model up' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(options.field('Model for target 1')).toHaveValue('test-model');

  await page.locator('.chain-row').nth(1).dragTo(page.locator('.chain-row').nth(0));
  await expect(options.field('Model for target 1')).toHaveValue('fallback-model');
  await options.field('Model for target 2').fill('test-model-mini');
  await options.save.click();
  await expect(options.status).toHaveText('Saved.');

  await askInTextarea(context, pages.url, 'Who answers?', 'Answer from fallback-model');
  expect(lastChat(llm.requests).model).toBe('fallback-model');
});

test('an out-of-range number shows an inline error and nothing is saved', async ({ context, extensionId, configure, serviceWorker }) => {
  await configure({});
  const options = new OptionsPage(await context.newPage(), extensionId);
  await options.goto('generation');
  const before = await serviceWorker.evaluate(() => chrome.storage.sync.get('settings'));
  await options.field('Max tokens per answer').fill('0');
  await options.field('Temperature').fill('3');
  await options.save.click();
  await expect(options.page.getByRole('alert').filter({ hasText: 'Must be at least 1.' })).toBeVisible();
  await expect(options.page.getByRole('alert').filter({ hasText: 'Must be at most 2.' })).toBeVisible();
  await expect(options.field('Max tokens per answer')).toHaveAttribute('aria-invalid', 'true');
  await expect(options.status).toHaveText('Not saved: fix the fields marked in red.');
  expect(await serviceWorker.evaluate(() => chrome.storage.sync.get('settings'))).toEqual(before);
});
