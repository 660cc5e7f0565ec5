// With default settings, what users repeat is served from the cache: the same request twice on the same field
// makes one upstream call, says "From the cache" and offers Regenerate, which asks the model again. Rewrites
// run at the transform temperature. Counted at the loopback server.
import { test, expect } from './fixtures/test';
import { InlinePanel } from './page-objects/inline-panel';
import { PopupPage, tabIdOf } from './page-objects/popup-page';
import { clickMenu, SelectionCard } from './page-objects/selection-card';

type Llm = { requests: { method: string; path: string; body: unknown }[] };
const chatRequests = (llm: Llm) => llm.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/chat/completions'));
const temperatures = (llm: Llm) => chatRequests(llm).map((request) => (request.body as { temperature?: number }).temperature);

test('with default settings the same prompt twice makes one upstream call; Regenerate beside "From the cache" makes a second', async ({ context, pages, configure, llm }) => {
  await configure({});
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const panel = new InlinePanel(page);
  await panel.open(page.locator('#note'));
  // Tone and length are offered before anything is asked…
  await expect(panel.select('Tone')).toBeVisible();

  await panel.ask('Say hello');
  await expect(panel.status).toHaveText(/^Done\. Answer from test-model/);
  await expect(panel.dialog.getByRole('button', { name: 'Regenerate' })).toHaveCount(0);
  // …but not beside an answer to the user's own prompt, which they would not change.
  await expect(panel.select('Tone')).toHaveCount(0);
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

test('the selection card answers a repeated template from the cache at the transform temperature, and its Regenerate asks again', async ({ context, pages, configure, llm, serviceWorker }) => {
  await configure({});
  const page = await context.newPage();
  await page.goto(`${pages.url}/selection.html`);
  const selectFox = () =>
    page.evaluate(() => {
      const node = document.querySelector('#para')?.firstChild;
      if (!(node instanceof Text)) throw new Error('no text in #para');
      const start = node.data.indexOf('quick brown fox');
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + 'quick brown fox'.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
  const card = new SelectionCard(page);
  for (const expected of [/^Done/, /From the cache/]) {
    await selectFox();
    await clickMenu(serviceWorker, page, { menuItemId: 'draftsmith.builtin.summarize', selectionText: 'quick brown fox' });
    await expect(card.status).toContainText(expected);
  }
  expect(temperatures(llm)).toEqual([0.2]);
  await card.dialog.getByRole('button', { name: 'Regenerate' }).click();
  await expect(card.status).toHaveText(/^Done\. Answer from test-model/);
  expect(temperatures(llm)).toEqual([0.2, 0.2]);
});

test('the popup quick prompt says when an answer came from the cache, and Regenerate asks the model again', async ({ context, pages, configure, llm, serviceWorker, extensionId }) => {
  await configure({});
  const page = await context.newPage();
  const url = `${pages.url}/textarea.html`;
  await page.goto(url);
  const popup = await PopupPage.open(context, extensionId, await tabIdOf(serviceWorker, url));
  const quick = popup.page.getByRole('region', { name: 'Quick prompt' });
  await quick.getByRole('textbox', { name: 'Prompt' }).fill('Name three colours');
  await popup.button('Send').click();
  await expect(quick.getByRole('status')).toHaveText(/^Done\. Answer from test-model/);
  await popup.button('Send').click();
  await expect(quick.getByRole('status')).toContainText('From the cache');
  expect(chatRequests(llm)).toHaveLength(1);
  await quick.getByRole('button', { name: 'Regenerate' }).click();
  await expect(quick.getByRole('status')).toHaveText(/^Done\. Answer from test-model/);
  expect(chatRequests(llm)).toHaveLength(2);
});
