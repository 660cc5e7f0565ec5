import { test, expect } from './fixtures/test';
import { InlinePanel } from './page-objects/inline-panel';

test('a 429 with retry-after: 1, twice, then success: the user sees the answer and no error', async ({ context, pages, configure, llm }) => {
  await configure({});
  llm.script({ kind: 'rate-limit', retryAfter: '1', times: 2 });
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const panel = new InlinePanel(page);
  await panel.open(page.locator('#note'));
  await panel.ask('Be patient');
  await expect(panel.status).toContainText(/retrying in \d+ s \(attempt \d of \d\)/);
  await expect(panel.status).toContainText('Done. Answer from test-model', { timeout: 15_000 });
  await expect(panel.result).toContainText('Draftsmith test reply: Be patient');
  await expect(panel.dialog.locator('.status.error')).toHaveCount(0);
  expect(llm.requests.filter((r) => r.path === '/v1/chat/completions')).toHaveLength(3);
});

test('when the primary model answers insufficient_quota, the fallback answers and the panel names it', async ({ context, pages, configure, llm }) => {
  await configure({
    settings: {
      chain: [
        { providerId: 'default', model: 'test-model' },
        { providerId: 'default', model: 'fallback-model' },
      ],
    },
  });
  llm.script({ kind: 'insufficient-quota', match: { model: 'test-model' }, times: -1 });
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const panel = new InlinePanel(page);
  await panel.open(page.locator('#note'));
  await panel.ask('Who answers?');
  await expect(panel.status).toContainText('Answer from fallback-model (fallback model)');
  await expect(panel.result).toContainText('Draftsmith test reply: Who answers?');
  const models = llm.requests.map((r) => (r.body as { model?: string } | null)?.model);
  expect(models.filter((m) => m === 'test-model')).toHaveLength(1);
});
