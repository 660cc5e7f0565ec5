// Variants and refined requests through the real pipeline (loopback server): never coalesced into one
// answer or served from another's cache entry, and each call leaves its own metrics record.
import { afterEach, describe, expect, it } from 'vitest';
import { createMetricsRing } from '../metrics/metrics-ring';
import { startHarness, terminalOf, type Harness } from '../../tests/support/pipeline-kit';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

describe('variants in the pipeline', () => {
  it('sends three concurrent variants of one request as three upstream calls, each with a metrics record', async () => {
    harness = await startHarness();
    harness.server.script({ kind: 'ok', chunkDelayMs: 20, times: -1 });
    const runs = await Promise.all([1, 2, 3].map((variant) => harness!.run({ prompt: 'Rewrite this.', variant })));
    expect(runs.every((events) => terminalOf(events)?.type === 'done')).toBe(true);
    expect(harness.upstreamCalls()).toBe(3);
    const records = await createMetricsRing({ store: harness.stores.metrics }).list();
    expect(records).toHaveLength(3);
    expect(records.every((record) => record.coalesced === false)).toBe(true);
  });

  it('answers a repeated variant from its own cache entry, and another variant never from it', async () => {
    harness = await startHarness();
    harness.server.script({ kind: 'ok', times: -1 });
    await harness.run({ prompt: 'Rewrite this.', variant: 2 });
    const again = await harness.run({ prompt: 'Rewrite this.', variant: 2 });
    expect(terminalOf(again)).toMatchObject({ type: 'done', source: 'cache' });
    expect(harness.upstreamCalls()).toBe(1);
    const other = await harness.run({ prompt: 'Rewrite this.', variant: 3 });
    expect(terminalOf(other)).toMatchObject({ type: 'done', source: 'model' });
    expect(harness.upstreamCalls()).toBe(2);
  });

  it('never answers a refined request from the unrefined one', async () => {
    harness = await startHarness();
    harness.server.script({ kind: 'ok', times: -1 });
    await harness.run({ prompt: 'Write a greeting.' });
    const refined = await harness.run({
      prompt: 'Write a greeting.',
      turns: [
        { role: 'assistant', content: 'Hello.' },
        { role: 'user', content: 'warmer' },
      ],
    });
    expect(terminalOf(refined)).toMatchObject({ type: 'done', source: 'model' });
    expect(harness.upstreamCalls()).toBe(2);
  });
});
