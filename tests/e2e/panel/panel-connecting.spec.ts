// A new request draws nothing for its first moment unless its answer comes: a cached answer replaces the previous
// one at once, a slow one shows the connecting state, and a second press in that moment asks nothing more.
import { test, expect } from '../fixtures/test';
import { InlinePanel } from '../page-objects/inline-panel';

const chatCalls = (llm: { requests: { method: string; path: string }[] }) =>
  llm.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/chat/completions')).length;

test('Enter pressed twice at once sends one request; a slow answer shows Stop and the connecting state', async ({ context, pages, configure, llm }) => {
  await configure({});
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const panel = new InlinePanel(page);
  await panel.open(page.locator('#note'));
  llm.script({ kind: 'slow-first-token', ms: 1500, reply: 'One answer.' });
  await panel.prompt.fill('Say it once');
  // Two presses in one task: the second comes before anything of the first is drawn.
  await panel.prompt.evaluate((prompt) => {
    for (let i = 0; i < 2; i++) prompt.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true }));
  });
  await expect(panel.dialog.getByRole('button', { name: 'Stop', exact: true })).toBeVisible();
  await expect(panel.status).toContainText(/Connecting|Writing with test-model/);
  await expect(panel.result).toContainText('One answer.');
  expect(chatCalls(llm)).toBe(1);
});

test('Retry that meets the same error again says it again: the status line gets a new node', async ({ context, pages, configure, llm }) => {
  await configure({});
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const panel = new InlinePanel(page);
  await panel.open(page.locator('#note'));
  llm.script({ kind: 'unauthorized', times: -1 });
  await panel.ask('Fail twice');
  await expect(panel.status).toContainText('rejected the API key (401)');
  const line = panel.dialog.getByRole('status').locator('span').first();
  const first = await line.elementHandle();
  await panel.dialog.getByRole('button', { name: 'Retry', exact: true }).click();
  await expect.poll(() => chatCalls(llm)).toBe(2);
  await expect.poll(async () => line.evaluate((span, old) => span !== old, first)).toBe(true);
  await expect(panel.status).toContainText('rejected the API key (401)');
});
