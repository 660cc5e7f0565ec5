// Every fault: a clear state, partial text kept and marked incomplete, the field untouched, the next request works.
import { test, expect } from '../fixtures/test';
import { InlinePanel } from '../page-objects/inline-panel';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import type { LlmServer } from '../../server/llm-server';
import { FAULT_CASES } from './fault-cases';

// What reached the server's chat endpoint, as the fault each request met (null: a normal answer).
const servedChats = (llm: LlmServer) =>
  llm.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/chat/completions')).map((request) => request.fault);

const FAST_RETRY = { ...DEFAULT_SETTINGS.retry, baseDelayMs: 50, maxDelayMs: 3000, maxRetries: 2, firstTokenTimeoutMs: 2000, idleTimeoutMs: 1500 };

for (const fault of FAULT_CASES) {
  test(`fault: ${fault.name}`, async ({ context, pages, configure, llm }) => {
    await configure({ settings: { retry: FAST_RETRY, cache: { ...DEFAULT_SETTINGS.cache, enabled: false } } });
    llm.script(...fault.faults);
    const page = await context.newPage();
    await page.goto(`${pages.url}/textarea.html`);
    const field = page.locator('#note');
    const panel = new InlinePanel(page);
    await panel.open(field);
    await panel.ask('Fault drill');
    // On a mismatch, say which faults the server served: it tells a fault that never fired from a wrong state.
    await expect(panel.status)
      .toHaveText(fault.status, { timeout: 20_000 })
      .catch((error: Error) => {
        throw new Error(`${error.message}\nServed: ${JSON.stringify(servedChats(llm))}`);
      });
    if (fault.result) await expect(panel.result).toHaveText(fault.result);
    else await expect(panel.result).toBeHidden();
    await expect(panel.dialog.locator('.result.incomplete')).toHaveCount(fault.incomplete ? 1 : 0);
    await expect(field).toHaveValue('Dear team,');
    // The fault fired, and the extension sent exactly the requests (first try and retries) the case expects.
    expect(servedChats(llm)).toEqual(fault.served);

    // The next request works, in one request.
    llm.reset();
    await panel.ask('And now?');
    await expect(panel.status).toHaveText(/^Done/, { timeout: 15_000 });
    await expect(panel.result).toContainText('Draftsmith test reply: And now?');
    await expect(field).toHaveValue('Dear team,');
    expect(servedChats(llm)).toEqual([null]);
  });
}

test('fault: connection refused shows a clear message and the next request works', async ({ context, pages, configure, llm }) => {
  await configure({ baseUrl: 'http://127.0.0.1:9/v1', settings: { retry: FAST_RETRY } });
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const panel = new InlinePanel(page);
  await panel.open(page.locator('#note'));
  await panel.ask('Anyone?');
  await expect(panel.status).toHaveText(/Cannot reach the endpoint/, { timeout: 20_000 });
  await configure({ settings: { retry: FAST_RETRY } });
  await panel.ask('Now?');
  await expect(panel.status).toHaveText(/^Done/);
  // Nothing reached the test server while the endpoint was wrong; the retry after the fix did, once.
  expect(servedChats(llm)).toEqual([null]);
});
