// The whole pipeline against a real OpenAI-compatible server on loopback, with memory stores.
import { afterEach, describe, expect, it } from 'vitest';
import { createMetricsRing } from '../metrics/metrics-ring';
import { noticesOf, startHarness, terminalOf, textOf, type Harness } from '../../tests/support/pipeline-kit';

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

  it('does not cache answers at a high temperature unless the user opts in', async () => {
    harness = await startHarness({});
    harness.settings = { ...harness.settings, generation: { ...harness.settings.generation, temperature: 0.9 } };
    await harness.run({ prompt: 'Warm' });
    await harness.run({ prompt: 'Warm' });
    expect(harness.upstreamCalls()).toBe(2);
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
    harness = await startHarness();
    harness.settings = { ...harness.settings, cache: { ...harness.settings.cache, ttlMs: 1000 } };
    const fresh = await harness.run({ prompt: 'Old news' });
    await new Promise((resolve) => setTimeout(resolve, 1100));
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
    harness = await startHarness();
    harness.settings = { ...harness.settings, rateLimits: { primary: { requestsPerMinute: 20, tokensPerMinute: null } } };
    // The first request meets a 429: the whole queue of that target pauses, and what waits is merged.
    harness.server.script({ kind: 'rate-limit', retryAfterMs: 300 });
    const first = harness.run({ prompt: 'Task zero' });
    // Wait (by state, not by time) until the 429 has paused the target's queue.
    while (harness.deps.dispatcher.snapshot('primary/test-model').pausedUntil <= Date.now()) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const waiting = Array.from({ length: 5 }, (_, i) => harness!.run({ prompt: `Task ${i + 1}` }));
    const results = await Promise.all([first, ...waiting]);
    results.forEach((events, i) => expect(textOf(events)).toBe(`Draftsmith test reply: Task ${i === 0 ? 'zero' : i}`));
    const batched = (events: typeof results[number]) => (terminalOf(events) as { batched?: boolean } | undefined)?.batched === true;
    // The five that queued behind the pause share one merged call. The first request's own retry
    // joins that call when it re-queues in time, or goes alone once the bucket allows.
    expect(results.slice(1).every(batched)).toBe(true);
    expect(harness.upstreamCalls()).toBe(batched(results[0]!) ? 2 : 3);
  });

  it('stops the upstream request at once when the caller aborts', async () => {
    harness = await startHarness();
    harness.server.script({ kind: 'stall', afterChunks: 1 });
    const controller = new AbortController();
    const pending = harness.run({ prompt: 'Stop me' }, controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    const events = await pending;
    expect(terminalOf(events)).toMatchObject({ type: 'error', error: { code: 'aborted' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(harness.server.requests.at(-1)?.aborted).toBe(true);
  });
});
