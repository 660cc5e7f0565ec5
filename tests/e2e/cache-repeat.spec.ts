// With default settings, what users repeat is served from the cache: the same request twice on the same field
// makes one upstream call, says "From the cache" and offers Regenerate, which asks the model again. Rewrites
// run at the transform temperature. Counted at the loopback server.
import { test, expect } from './fixtures/test';
import { InlinePanel } from './page-objects/inline-panel';

type Llm = { requests: { method: string; path: string; body: unknown }[] };
const chatRequests = (llm: Llm) => llm.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/chat/completions'));
const temperatures = (llm: Llm) => chatRequests(llm).map((request) => (request.body as { temperature?: number }).temperature);

test('with default settings the same prompt twice makes one upstream call; Regenerate beside "From the cache" makes a second', async ({ context, pages, configure, llm }) => {
  await configure({});
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const panel = new InlinePanel(page);
  await panel.open(page.locator('#note'));

  await panel.ask('Say hello');
  await expect(panel.status).toHaveText(/^Done\. Answer from test-model/);
  await expect(panel.dialog.getByRole('button', { name: 'Regenerate' })).toHaveCount(0);
  const first = await panel.result.innerText();

  await panel.ask('Say hello');
  await expect(panel.status).toContainText('From the cache');
  await expect(panel.result).toHaveText(first);
  expect(chatRequests(llm)).toHaveLength(1);
  await panel.dialog.screenshot({ path: 'test-results/screenshots/cache-regenerate.png' });

  await panel.dialog.getByRole('button', { name: 'Regenerate' }).click();
  await expect(panel.status).toHaveText(/^Done\. Answer from test-model/);
  expect(chatRequests(llm)).toHaveLength(2);
  // The default temperature, for a prompt that writes something new.
  expect(temperatures(llm)).toEqual([0.7, 0.7]);
});

test('a rewrite quick action runs at the transform temperature, and repeating it is answered from the cache', async ({ context, pages, configure, llm }) => {
  await configure({});
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const panel = new InlinePanel(page);
  await panel.open(page.locator('#note'));
  await panel.quickAction('Fix grammar').click();
  await expect(panel.status).toHaveText(/^Done/);
  await panel.quickAction('Fix grammar').click();
  await expect(panel.status).toContainText('From the cache');
  expect(temperatures(llm)).toEqual([0.2]);
});
