// Thousands of random and mutated messages at every handler, from an extension page and from a
// content script: the worker refuses them and keeps serving.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect } from '../fixtures/test';
import { evaluateInContentScript } from '../fixtures/isolated-world';
import { InlinePanel } from '../page-objects/inline-panel';
import { MESSAGES } from '../../../lib/messaging/protocol';
import { FUZZ_SOURCE } from './fuzz-values';

const NAMES = Object.keys(MESSAGES);
const ROUNDS = 1500;
// A refusal is an answer: { err }, undefined (no handler kept the channel open) or a rejected send. A handler
// that has not answered after this long is hung, and fails the test; every handler answers in milliseconds.
const HUNG_MS = 5000;

// Runs in the sender's context: one-shot messages in the @webext-core envelope (valid names, random
// data), raw junk, and ports with garbage.
const fuzzScript = (seed: number, rounds: number) => `(async () => {
  ${FUZZ_SOURCE}
  const f = makeFuzzer(${seed});
  const names = ${JSON.stringify(NAMES)};
  let refused = 0;
  const accepted = [];
  const hung = [];
  const HUNG = {};
  for (let i = 0; i < ${rounds}; i++) {
    const kind = f.rand();
    let message;
    if (kind < 0.6) message = { id: i, type: f.pick([...names, 'nope', '']), data: f.value(0), timestamp: Date.now() };
    else if (kind < 0.8) message = { id: i, type: f.pick(names), data: undefined, timestamp: Date.now() };
    else message = f.value(0);
    try {
      const reply = await Promise.race([chrome.runtime.sendMessage(message), new Promise((r) => setTimeout(() => r(HUNG), ${HUNG_MS}))]);
      // One hang is enough to fail; stopping keeps the run short enough to report it.
      if (reply === HUNG) { hung.push({ round: i, type: message && message.type }); break; }
      else if (reply === undefined || (reply && typeof reply === 'object' && 'err' in reply)) refused++;
      // @webext-core answers { res } on success and { err } on failure.
      else accepted.push({ type: message && message.type, data: message && message.data, reply: reply && reply.res });
    } catch { refused++; }
    if (i % 50 === 0) {
      const port = chrome.runtime.connect({ name: f.pick(['draftsmith/generate', 'other', '']) });
      try { port.postMessage(f.value(0)); port.postMessage({ type: 'start', request: f.value(0) }); } catch {}
      setTimeout(() => { try { port.disconnect(); } catch {} }, 50);
    }
  }
  return { refused, accepted, hung };
})()`;

interface FuzzResult {
  refused: number;
  accepted: Array<{ type: string; data: unknown; reply: unknown }>;
  hung: Array<{ round: number; type: unknown }>;
}

// A handler may only answer a request its schema accepts, and only with a reply its schema describes.
function expectAcceptedOnlyWhenValid(result: FuzzResult, rounds: number): void {
  expect(result.hung, 'messages that got no answer at all (a hung handler)').toEqual([]);
  expect(result.refused + result.accepted.length).toBe(rounds);
  for (const { type, data, reply } of result.accepted) {
    const spec = MESSAGES[type as keyof typeof MESSAGES];
    expect(spec, `answered an unknown message type ${type}`).toBeDefined();
    expect(spec.request.safeParse(data).success, `${type} accepted invalid data`).toBe(true);
    expect(spec.response.safeParse(reply).success, `${type} replied off-schema`).toBe(true);
  }
}

// The worker's identity: a token planted in its global scope and its start time. A crash or a restart makes a
// new global, so the token is gone and the start time moves; a new Worker also appears in the context.
async function plantBootProbe(worker: Worker): Promise<{ token: string; startedAt: number }> {
  return worker.evaluate(() => {
    const scope = globalThis as typeof globalThis & { __draftsmithBootProbe?: string };
    scope.__draftsmithBootProbe ??= crypto.randomUUID();
    return { token: scope.__draftsmithBootProbe, startedAt: performance.timeOrigin };
  });
}

async function watchForRestart(context: BrowserContext, worker: Worker): Promise<() => Promise<void>> {
  const before = await plantBootProbe(worker);
  const started: string[] = [];
  const onWorker = (next: Worker) => started.push(next.url());
  context.on('serviceworker', onWorker);
  return async () => {
    context.off('serviceworker', onWorker);
    expect(started, 'a service worker started during the fuzz run (the old one crashed or was restarted)').toEqual([]);
    const current = context.serviceWorkers().filter((candidate) => candidate.url() === worker.url());
    expect(current, 'the worker that was fuzzed is still the one running').toEqual([worker]);
    expect(await plantBootProbe(worker)).toEqual(before);
  };
}

async function expectStillServing(page: Page, pagesUrl: string, worker?: Worker): Promise<void> {
  // Fuzzed "Disable on this site" messages may have switched the test site off; switch it back on.
  await worker?.evaluate(async () => {
    const { settings } = (await chrome.storage.sync.get('settings')) as { settings: { disabledSites: string[] } };
    await chrome.storage.sync.set({ settings: { ...settings, disabledSites: [] } });
  });
  await page.goto(`${pagesUrl}/textarea.html`);
  const panel = new InlinePanel(page);
  await panel.open(page.locator('#note'));
  await panel.ask('Still serving?');
  await expect(panel.status).toContainText('Done');
  await expect(panel.result).toContainText('Draftsmith test reply: Still serving?');
}

test('fuzzing every handler from an extension page: refused, and the worker keeps serving', async ({ context, extensionId, pages, configure, serviceWorker }) => {
  test.setTimeout(180_000);
  await configure({});
  const before = await serviceWorker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
  const sender = await context.newPage();
  await sender.goto(`chrome-extension://${extensionId}/options.html`);
  const expectNoRestart = await watchForRestart(context, serviceWorker);
  const result = (await sender.evaluate(fuzzScript(7, ROUNDS))) as FuzzResult;
  await expectNoRestart();
  expectAcceptedOnlyWhenValid(result, ROUNDS);
  expect(result.refused).toBeGreaterThan(0);
  // Random data never saved as settings.
  expect(await serviceWorker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings)).toEqual(before);
  await expectStillServing(await context.newPage(), pages.url, serviceWorker);
});

test('fuzzing from a content script: extension-page-only messages are refused, and the worker keeps serving', async ({ context, pages, configure, serviceWorker }) => {
  test.setTimeout(180_000);
  await configure({});
  const before = await serviceWorker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const expectNoRestart = await watchForRestart(context, serviceWorker);
  const result = await evaluateInContentScript<FuzzResult>(page, fuzzScript(11, ROUNDS));
  await expectNoRestart();
  expectAcceptedOnlyWhenValid(result, ROUNDS);
  // From a content script, only content-script messages are ever answered.
  for (const { type } of result.accepted) expect(MESSAGES[type as keyof typeof MESSAGES].from).toContain('content-script');
  // A content script asking for settings (an extension-page message) is always refused.
  const settings = await evaluateInContentScript<unknown>(
    page,
    `chrome.runtime.sendMessage({ id: 1, type: 'getSettings', data: undefined, timestamp: Date.now() })`,
  );
  expect(settings).toMatchObject({ err: expect.anything() });
  // The only change a content script may make is "Disable on this site" for its own site.
  type Stored = { disabledSites: string[] } & Record<string, unknown>;
  const after = (await serviceWorker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings)) as Stored;
  const { disabledSites: afterSites, ...afterRest } = after;
  const { disabledSites: beforeSites, ...beforeRest } = before as Stored;
  expect(afterRest).toEqual(beforeRest);
  expect(afterSites.filter((site) => !beforeSites.includes(site)).every((site) => site === new URL(pages.url).hostname)).toBe(true);
  await expectStillServing(await context.newPage(), pages.url, serviceWorker);
});
