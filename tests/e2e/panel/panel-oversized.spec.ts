// Input past what a request may carry gets a clear answer in the panel, never a request the worker's schema refuses
// (which the panel could only report as a worker that stopped): an instruction over the limit is said to be too
// long and not sent; a huge selection is sent as its two ends and the answer comes.
import { test, expect } from '../fixtures/test';
import { MAX_CONTEXT_CHARS, MAX_PROMPT_CHARS } from '../../../lib/messaging/generation-schemas';
import { InlinePanel } from '../page-objects/inline-panel';

test('an instruction over the limit is said to be too long and not sent; a shorter one then goes', async ({ context, pages, configure, llm }) => {
  await configure({});
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const panel = new InlinePanel(page);
  await panel.open(page.locator('#note'));
  const before = llm.requests.length;
  await panel.ask('x'.repeat(MAX_PROMPT_CHARS + 1));
  await expect(panel.status).toHaveText(`The instruction is too long (${MAX_PROMPT_CHARS + 1} characters; at most ${MAX_PROMPT_CHARS}). Shorten it, or select the text to work on instead.`);
  // Kept, so the user can shorten it.
  await expect(panel.prompt).toHaveValue('x'.repeat(MAX_PROMPT_CHARS + 1));
  expect(llm.requests.length).toBe(before);
  await page.screenshot({ path: 'test-results/screenshots/panel-prompt-too-long.png' });

  llm.script({ kind: 'ok', reply: 'Short enough.' });
  await panel.ask('Say it briefly');
  await expect(panel.result).toContainText('Short enough.');
  await expect(panel.status).toContainText('Done');
});

test('a selection larger than a request may carry is sent as its two ends, and the answer comes', async ({ context, pages, configure, llm }) => {
  await configure({});
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const field = page.locator('#note');
  // A pasted log, all of it selected.
  const text = `FIRST-LINE ${'log line with some words\n'.repeat(Math.ceil((MAX_CONTEXT_CHARS + 50_000) / 24))}LAST-LINE`;
  await field.evaluate((element: HTMLTextAreaElement, value) => {
    element.value = value;
    element.setSelectionRange(0, value.length);
  }, text);
  const panel = new InlinePanel(page);
  await panel.open(field);
  llm.script({ kind: 'ok', reply: 'A summary of the log.' });
  await panel.ask('Summarize the selection');
  await expect(panel.result).toContainText('A summary of the log.');
  await expect(panel.status).toContainText('Done');
  const sent = llm.requests.at(-1)?.rawBody ?? '';
  // Both ends reach the model (the pipeline trims the middle to the model's budget and says so).
  expect(sent).toContain('FIRST-LINE');
  expect(sent).toContain('LAST-LINE');
  await expect(field).toHaveValue(text);
});

test('a request the worker refuses is answered with what was wrong before the port closes, not a stopped worker', async ({ context, extensionId, configure }) => {
  await configure({});
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const events = await page.evaluate(
    (tooLong) =>
      new Promise<unknown[]>((resolve) => {
        const seen: unknown[] = [];
        const port = chrome.runtime.connect({ name: 'draftsmith/generate' });
        port.onMessage.addListener((message) => seen.push(message));
        port.onDisconnect.addListener(() => resolve(seen));
        port.postMessage({ type: 'start', request: { prompt: tooLong, source: 'inline', context: {} } });
      }),
    'x'.repeat(MAX_PROMPT_CHARS + 1),
  );
  expect(events).toEqual([
    { type: 'error', error: expect.objectContaining({ code: 'internal', message: expect.stringContaining('request.prompt') }), partial: false, queued: false },
  ]);
});
