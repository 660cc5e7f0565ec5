// Worker stopped mid-stream or while queued, offline and back, a browser restart with queued jobs.
import { rmSync } from 'node:fs';
import { test, expect } from '../fixtures/test';
import { launchWithExtension } from '../fixtures/chromium';
import { setWorkerOnline, stopServiceWorkers } from '../fixtures/worker-control';
import { InlinePanel } from '../page-objects/inline-panel';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';

test('the worker stopped in the middle of a stream: partial text kept and marked, Retry works', async ({ context, pages, configure, llm }) => {
  await configure({});
  llm.script({ kind: 'ok', reply: 'alpha beta gamma delta epsilon zeta eta theta', chunkDelayMs: 400 });
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const panel = new InlinePanel(page);
  await panel.open(page.locator('#note'));
  await panel.ask('Long answer');
  await expect(panel.result).toContainText('alpha');
  await stopServiceWorkers(page);
  await expect(panel.status).toContainText('Incomplete', { timeout: 10_000 });
  await expect(panel.result).toContainText('alpha');
  await expect(panel.dialog.locator('.result.incomplete')).toHaveCount(1);
  await expect(page.locator('#note')).toHaveValue('Dear team,');
  await panel.dialog.getByRole('button', { name: 'Retry' }).click();
  await expect(panel.status).toContainText('Done', { timeout: 15_000 });
  await expect(panel.result).toContainText('Draftsmith test reply: Long answer');
});

test('the worker stopped while a job waits for the rate limit: nothing hangs, Retry resumes it', async ({ context, pages, configure, llm }) => {
  await configure({ settings: { retry: { ...DEFAULT_SETTINGS.retry, maxRetries: 3 } } });
  llm.script({ kind: 'rate-limit', retryAfter: '3' });
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const panel = new InlinePanel(page);
  await panel.open(page.locator('#note'));
  await panel.ask('Queued job');
  await expect(panel.status).toContainText(/retrying in \d+ s/);
  await stopServiceWorkers(page);
  await expect(panel.status).toContainText(/cut|stopped/i, { timeout: 10_000 });
  await panel.dialog.getByRole('button', { name: 'Retry' }).click();
  await expect(panel.status).toContainText('Done', { timeout: 20_000 });
  await expect(panel.result).toContainText('Draftsmith test reply: Queued job');
});

test('offline and back: the job is queued, runs when the network returns, and the user is notified', async ({ context, pages, configure, llm, serviceWorker }) => {
  await configure({ baseUrl: 'http://127.0.0.1:9/v1' });
  await setWorkerOnline(serviceWorker, false);
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const panel = new InlinePanel(page);
  await panel.open(page.locator('#note'));
  await panel.ask('Send when online');
  await expect(panel.status).toContainText('You are offline. The request is queued');
  await configure({});
  await setWorkerOnline(serviceWorker, true);
  await expect.poll(() => llm.requests.some((r) => JSON.stringify(r.body).includes('Send when online')), { timeout: 15_000 }).toBe(true);
  await expect
    .poll(async () => serviceWorker.evaluate(async () => Object.keys(await chrome.notifications.getAll())), { timeout: 10_000 })
    .toEqual([expect.stringMatching(/^draftsmith-job:/)]);
});

test('a browser restart with jobs in the offline queue: the jobs are still there and run', async ({ llm, pages }) => {
  const first = await launchWithExtension();
  const worker = first.context.serviceWorkers()[0] ?? (await first.context.waitForEvent('serviceworker'));
  await worker.evaluate(
    async ({ settings }) => {
      await chrome.storage.sync.set({ settings });
      Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
    },
    { settings: { ...DEFAULT_SETTINGS, providers: [{ ...DEFAULT_SETTINGS.providers[0]!, baseUrl: 'http://127.0.0.1:9/v1' }], chain: [{ providerId: 'default', model: 'test-model' }] } },
  );
  const page = await first.context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const panel = new InlinePanel(page);
  await panel.open(page.locator('#note'));
  await panel.ask('Survive a restart');
  await expect(panel.status).toContainText('queued');
  // Point at the live server for next time, then quit while still "offline".
  await worker.evaluate(async ({ baseUrl }) => {
    const { settings } = (await chrome.storage.sync.get('settings')) as { settings: { providers: Array<{ baseUrl: string }> } };
    settings.providers[0]!.baseUrl = baseUrl;
    await chrome.storage.sync.set({ settings });
  }, { baseUrl: llm.baseUrl });
  await first.context.close();
  expect(llm.requests.some((r) => JSON.stringify(r.body).includes('Survive a restart'))).toBe(false);

  const second = await launchWithExtension({ userDataDir: first.userDataDir });
  try {
    await expect.poll(() => llm.requests.some((r) => JSON.stringify(r.body).includes('Survive a restart')), { timeout: 20_000 }).toBe(true);
  } finally {
    await second.context.close();
    rmSync(first.userDataDir, { recursive: true, force: true });
  }
});
