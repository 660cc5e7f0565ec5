import { test, expect } from './fixtures/test';
import { evaluateInContentScript } from './fixtures/isolated-world';
import { InlinePanel } from './page-objects/inline-panel';

test('the service worker starts and restricts keys to trusted contexts', async ({ serviceWorker }) => {
  expect(serviceWorker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.name).toBe('Draftsmith');
});

test('streams a reply into the panel, inserts it, and Ctrl+Z removes it', async ({ context, pages, configure, llm }) => {
  await configure({});
  llm.script({ kind: 'ok', reply: 'Thanks for the quick turnaround on the report.', chunkDelayMs: 30 });
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const field = page.locator('#note');
  await field.click();
  await page.keyboard.press('End');
  const panel = new InlinePanel(page);
  await panel.open(field);
  await panel.ask('Thank them for the report');
  await expect(panel.result).toContainText('Thanks for the quick');
  await expect(panel.status).toContainText('Done');
  await expect(panel.result).toHaveText('Thanks for the quick turnaround on the report.');
  await panel.button('Insert').click();
  await expect(field).toHaveValue('Dear team,Thanks for the quick turnaround on the report.');
  await field.focus();
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue('Dear team,');

  const sent = llm.requests.filter((r) => r.path === '/v1/chat/completions');
  expect(sent).toHaveLength(1);
  expect(JSON.stringify(sent[0]?.body)).toContain('Dear team,');
  expect(sent[0]?.headers.authorization).toBe('Bearer sk-test');
});

test('a 401 shows a clear message and leaves the field untouched', async ({ context, pages, configure, llm }) => {
  await configure({});
  llm.script({ kind: 'unauthorized' });
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const field = page.locator('#note');
  const panel = new InlinePanel(page);
  await panel.open(field);
  await panel.ask('Write something');
  await expect(panel.status).toContainText('rejected the API key (401)');
  await expect(panel.dialog.getByRole('button', { name: 'Open settings' })).toBeVisible();
  await expect(panel.button('Insert')).toBeDisabled();
  await expect(field).toHaveValue('Dear team,');
});

test('Stop aborts the upstream request and keeps what arrived', async ({ context, pages, configure, llm }) => {
  await configure({});
  llm.script({ kind: 'stall', afterChunks: 2, reply: 'one two three four five' });
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const panel = new InlinePanel(page);
  await panel.open(page.locator('#note'));
  await panel.ask('Go');
  await expect(panel.result).toContainText('one two');
  await panel.button('Stop').click();
  await expect(panel.status).toContainText('Stopped');
  await expect(panel.result).toContainText('one two');
  await expect.poll(() => llm.requests.at(-1)?.aborted).toBe(true);
});

test('the trigger is never offered on password, payment or one-time-code fields', async ({ context, pages, configure }) => {
  await configure({});
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const panel = new InlinePanel(page);
  await page.locator('#note').focus();
  await expect(panel.trigger).toBeVisible();
  for (const id of ['#pw', '#card', '#otp']) {
    await page.locator(id).focus();
    await expect(panel.trigger).toBeHidden();
  }
  await page.locator('#elsewhere').focus();
  await expect(panel.trigger).toBeHidden();
});

test('a content script cannot read the stored API key', async ({ context, pages, configure }) => {
  await configure({ apiKey: 'sk-never-in-pages' });
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const outcome = await evaluateInContentScript<string>(
    page,
    `chrome.storage.local.get('apiKeys').then((v) => 'read:' + JSON.stringify(v), (e) => 'refused:' + e.message)`,
  );
  expect(outcome).toMatch(/^refused:/);
  expect(outcome).not.toContain('sk-never-in-pages');
});
