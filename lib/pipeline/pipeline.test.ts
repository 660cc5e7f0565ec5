// The whole pipeline against a real OpenAI-compatible server on loopback, with memory stores.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ServerEvent } from '../messaging/generation-schemas';
import { createMetricsRing } from '../metrics/metrics-ring';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { noticesOf, startHarness, terminalOf, textOf, type Harness } from '../../tests/support/pipeline-kit';
import { skippableClock, steppedClock } from '../../tests/support/test-clocks';

// Watches a run's events as they are emitted, so a test waits on the pipeline's own signals instead of on time.
function watchEvents() {
  const seen: ServerEvent[] = [];
  const waits: Array<{ accepts: (event: ServerEvent) => boolean; resolve: () => void }> = [];
  return {
    onEvent(event: ServerEvent) {
      seen.push(event);
      for (const wait of waits) if (wait.accepts(event)) wait.resolve();
    },
    until(accepts: (event: ServerEvent) => boolean): Promise<void> {
      if (seen.some(accepts)) return Promise.resolve();
      return new Promise((resolve) => waits.push({ accepts, resolve }));
    },
  };
}
const isNotice = (kind: string, reason?: string) => (event: ServerEvent) =>
  event.type === 'notice' && event.notice.kind === kind && (reason === undefined || ('reason' in event.notice && event.notice.reason === reason));

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

describe('pipeline', () => {
  it('streams an answer, records metrics and history', async () => {
    harness = await startHarness();
    const events = await harness.run({ prompt: 'Say hello', context: { pageTitle: 'Inbox' } });
    expect(textOf(events)).toContain('Draftsmith test reply: Say hello');
    expect(terminalOf(events)).toMatchObject({ type: 'done', source: 'model', model: 'test-model', targetId: 'primary/test-model' });
    const records = await createMetricsRing({ store: harness.stores.metrics }).list();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ outcome: 'success', model: 'test-model', promptTokens: expect.any(Number), cacheHit: false });
    const [entry] = await harness.deps.history.list();
    expect(entry).toMatchObject({ prompt: 'Say hello', incomplete: false, model: 'test-model', pageTitle: 'Inbox' });
    expect(entry?.result).toBe(textOf(events));
  });

  it('serves the second identical request from the cache, and Regenerate bypasses it', async () => {
    harness = await startHarness();
    const first = await harness.run({ prompt: 'Cache me' });
    const second = await harness.run({ prompt: 'Cache me' });
    expect(harness.upstreamCalls()).toBe(1);
    expect(terminalOf(second)).toMatchObject({ type: 'done', source: 'cache' });
    expect(textOf(second)).toBe(textOf(first));
    expect(second.filter((event) => event.type === 'delta').length).toBeGreaterThan(0);
    await harness.run({ prompt: 'Cache me', regenerate: true });
    expect(harness.upstreamCalls()).toBe(2);
  });

  it('with the any-temperature switch off, does not cache answers above the temperature cap', async () => {
    harness = await startHarness({});
    harness.settings = {
      ...harness.settings,
      generation: { ...harness.settings.generation, temperature: 0.9 },
      cache: { ...harness.settings.cache, cacheAnyTemperature: false },
    };
    await harness.run({ prompt: 'Warm' });
    await harness.run({ prompt: 'Warm' });
    expect(harness.upstreamCalls()).toBe(2);
  });

  it('with default settings, the same request twice at temperature 0.7 makes one upstream call; Regenerate makes another', async () => {
    harness = await startHarness({ patch: { generation: DEFAULT_SETTINGS.generation } });
    expect(harness.settings.generation.temperature).toBe(0.7);
    const first = await harness.run({ prompt: 'Same again' });
    const second = await harness.run({ prompt: 'Same again' });
    expect(terminalOf(first)).toMatchObject({ type: 'done', source: 'model' });
    expect(terminalOf(second)).toMatchObject({ type: 'done', source: 'cache' });
    expect(textOf(second)).toBe(textOf(first));
    expect(harness.upstreamCalls()).toBe(1);
    const fresh = await harness.run({ prompt: 'Same again', regenerate: true });
    expect(terminalOf(fresh)).toMatchObject({ type: 'done', source: 'model' });
    expect(harness.upstreamCalls()).toBe(2);
  });

  it('a transform request runs at the transform temperature, a compose request at the usual one', async () => {
    harness = await startHarness({ patch: { generation: DEFAULT_SETTINGS.generation } });
    await harness.run({ prompt: 'Fix this', task: 'transform' });
    await harness.run({ prompt: 'Write that' });
    const temperatures = harness.server.requests
      .filter((request) => request.path.endsWith('/chat/completions'))
      .map((request) => (request.body as { temperature?: number }).temperature);
    expect(temperatures).toEqual([0.2, 0.7]);
  });

  it('coalesces 50 identical concurrent requests into 1 upstream call', async () => {
    harness = await startHarness();
    harness.server.script({ kind: 'ok', chunkDelayMs: 20 });
    const runs = await Promise.all(Array.from({ length: 50 }, () => harness!.run({ prompt: 'Same question' })));
    expect(harness.upstreamCalls()).toBe(1);
    const texts = new Set(runs.map(textOf));
    expect(texts.size).toBe(1);
    expect([...texts][0]).toContain('Same question');
    expect(runs.every((events) => terminalOf(events)?.type === 'done')).toBe(true);
  });

  it('retries a 429 with Retry-After and answers without an error', async () => {
    harness = await startHarness();
    harness.server.script({ kind: 'rate-limit', retryAfterMs: 30, times: 2 });
    const events = await harness.run({ prompt: 'Patience' });
    expect(terminalOf(events)).toMatchObject({ type: 'done', source: 'model', fallbackUsed: false });
    expect(noticesOf(events).filter((notice) => notice.kind === 'retrying')).toHaveLength(2);
    expect(harness.upstreamCalls()).toBe(3);
  });

  it('never retries insufficient_quota and falls back to the next model', async () => {
    harness = await startHarness();
    harness.server.script({ kind: 'insufficient-quota', match: { model: 'test-model' }, times: -1 });
    const events = await harness.run({ prompt: 'Quota' });
    expect(terminalOf(events)).toMatchObject({ type: 'done', model: 'fallback-model', fallbackUsed: true, targetId: 'backup/fallback-model' });
    expect(noticesOf(events)).toContainEqual({ kind: 'fallback', from: 'primary/test-model', to: 'backup/fallback-model', reason: 'quota' });
    const quotaCalls = harness.server.requests.filter((request) => (request.body as { model?: string } | null)?.model === 'test-model');
    expect(quotaCalls).toHaveLength(1);
  });

  it('reports a stream cut after content as incomplete, keeping the text', async () => {
    harness = await startHarness();
    harness.server.script({ kind: 'cut', afterChunks: 2, reply: 'alpha beta gamma delta' });
    const events = await harness.run({ prompt: 'Cut' });
    expect(textOf(events)).toBe('alpha beta ');
    expect(terminalOf(events)).toMatchObject({ type: 'error', partial: true, error: { code: 'cut' } });
    const [record] = await createMetricsRing({ store: harness.stores.metrics }).list();
    expect(record?.outcome).toBe('incomplete');
  });

  it('masks a filtered word split across chunks', async () => {
    harness = await startHarness();
    harness.server.script({ kind: 'ok', reply: 'well shit happens', chunkSize: 3 });
    const events = await harness.run({ prompt: 'Filter' });
    expect(textOf(events)).toBe('well •••• happens');
    expect(noticesOf(events)).toContainEqual({ kind: 'filtered', mode: 'mask', hits: 1 });
  });

  it('blocks the answer in block mode and never shows the term', async () => {
    harness = await startHarness();
    harness.settings = { ...harness.settings, filter: { ...harness.settings.filter, mode: 'block' } };
    harness.server.script({ kind: 'ok', reply: 'fine words then fuck off', chunkSize: 2 });
    const events = await harness.run({ prompt: 'Block' });
    expect(textOf(events)).not.toMatch(/f\W*u\W*c/);
    expect(terminalOf(events)).toMatchObject({ type: 'error', error: { code: 'filtered' } });
  });

  it('with moderation on, holds the answer until the endpoint clears it, and withholds a flagged one', async () => {
    harness = await startHarness();
    harness.settings = { ...harness.settings, filter: { ...harness.settings.filter, moderation: { enabled: true } } };
    const clean = await harness.run({ prompt: 'Clean words' });
    expect(terminalOf(clean)).toMatchObject({ type: 'done' });
    expect(textOf(clean)).toContain('Clean words');
    harness.server.script({ kind: 'ok', reply: 'this says FLAGME loudly' });
    const flagged = await harness.run({ prompt: 'Bad words' });
    expect(textOf(flagged)).toBe('');
    expect(terminalOf(flagged)).toMatchObject({ type: 'error', partial: false, error: { code: 'filtered' } });
    expect(harness.server.requests.filter((request) => request.path === '/v1/moderations')).toHaveLength(2);
  });

  it('serves an expired cache entry, marked stale, when every target fails', async () => {
    const clock = skippableClock();
    harness = await startHarness({ clock });
    harness.settings = { ...harness.settings, cache: { ...harness.settings.cache, ttlMs: 1000 } };
    const fresh = await harness.run({ prompt: 'Old news' });
    clock.skip(1100);
    harness.server.script({ kind: 'http-error', status: 503, times: -1 });
    const events = await harness.run({ prompt: 'Old news' });
    expect(terminalOf(events)).toMatchObject({ type: 'done', source: 'stale-cache' });
    expect(textOf(events)).toBe(textOf(fresh));
  });

  it('answers with a matching snippet when every target fails and nothing is cached', async () => {
    harness = await startHarness();
    harness.settings = {
      ...harness.settings,
      snippets: [{ id: 's1', title: 'Out of office', text: 'I am away until Monday.', keywords: ['vacation'] }],
    };
    harness.server.script({ kind: 'http-error', status: 500, times: -1 });
    const events = await harness.run({ prompt: 'Write my vacation reply' });
    expect(terminalOf(events)).toMatchObject({ type: 'done', source: 'snippet' });
    expect(textOf(events)).toBe('I am away until Monday.');
  });

  it('parks the job in the offline queue when the network is down', async () => {
    harness = await startHarness();
    await harness.server.close();
    harness.online.value = false;
    const events = await harness.run({ prompt: 'Later please' });
    expect(terminalOf(events)).toMatchObject({ type: 'error', queued: true, error: { code: 'offline' } });
    const jobs = await harness.deps.offlineQueue.list();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.request.prompt).toBe('Later please');
  });

  it('reports a refused connection while online as a network error, not as offline', async () => {
    harness = await startHarness();
    await harness.server.close();
    const events = await harness.run({ prompt: 'Anyone there?' });
    expect(terminalOf(events)).toMatchObject({ type: 'error', queued: false, error: { code: 'network' } });
    expect(await harness.deps.offlineQueue.list()).toHaveLength(0);
  });

  it('merges queued short requests into one call when the target is rate-limited', async () => {
    // Time moves only when the test advances it, so the order in which the waits end is fixed.
    const clock = steppedClock();
    harness = await startHarness({ clock });
    harness.settings = { ...harness.settings, rateLimits: { primary: { requestsPerMinute: 20, tokensPerMinute: null } } };
    const target = () => harness!.deps.dispatcher.snapshot('primary/test-model');
    // The first request meets a 429: the whole queue of that target pauses, and what waits is merged.
    harness.server.script({ kind: 'rate-limit', retryAfterMs: 300 });
    const firstEvents = watchEvents();
    const first = harness.run({ prompt: 'Task zero' }, undefined, firstEvents.onEvent);
    await firstEvents.until(isNotice('retrying'));
    expect(target().pausedUntil).toBe(clock.now() + 300);
    // Each of the five says it waits for the rate limit once it has joined the paused queue.
    const queued = Array.from({ length: 5 }, () => watchEvents());
    const waiting = queued.map((watch, i) => harness!.run({ prompt: `Task ${i + 1}` }, undefined, watch.onEvent));
    await Promise.all(queued.map((watch) => watch.until(isNotice('waiting', 'rate-limit'))));
    expect(target().queued).toBe(5);
    // The pause and the first request's Retry-After end at the same instant. The queue's timer began first, so
    // the five leave as one merged call on the one request the pause left in the bucket.
    clock.advance(300);
    await Promise.all(waiting);
    // The retry asks after them and finds the bucket empty: it waits one refill (60 s / 20 requests).
    await firstEvents.until(isNotice('waiting', 'queue'));
    expect(target()).toMatchObject({ queued: 1, requestsAvailable: 0 });
    clock.advance(3000);
    const results = await Promise.all([first, ...waiting]);
    results.forEach((events, i) => expect(textOf(events)).toBe(`Draftsmith test reply: Task ${i === 0 ? 'zero' : i}`));
    const batched = (events: ServerEvent[]) => (terminalOf(events) as { batched?: boolean } | undefined)?.batched === true;
    expect(results.map(batched)).toEqual([false, true, true, true, true, true]);
    // The 429, the merged call for the five, the retry alone.
    expect(harness.upstreamCalls()).toBe(3);
  });

  it('stops the upstream request at once when the caller aborts', async () => {
    harness = await startHarness();
    harness.server.script({ kind: 'stall', afterChunks: 1 });
    const controller = new AbortController();
    // Abort once the first chunk has arrived, so the upstream request is open for certain.
    const streaming = watchEvents();
    const pending = harness.run({ prompt: 'Stop me' }, controller.signal, streaming.onEvent);
    await streaming.until((event) => event.type === 'delta');
    controller.abort();
    const events = await pending;
    expect(terminalOf(events)).toMatchObject({ type: 'error', error: { code: 'aborted' } });
    // The server sees the socket close on its own event loop turn: wait for that state, not for a fixed time.
    await vi.waitFor(() => expect(harness!.server.requests.at(-1)?.aborted).toBe(true));
  });
});
