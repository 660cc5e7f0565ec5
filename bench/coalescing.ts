// Benchmark 6: 50 identical requests at once through the pipeline: how many upstream calls they cost, against
// the same 50 sent as separate raw calls.
import { startHarness } from '../tests/support/pipeline-kit';
import { fetchRawStream } from './lib/raw-stream';
import { bodyTemplate, timeGenerate } from './lib/pipeline-timing';
import { atMost, type Row } from './lib/table';

const CALLERS = 50;

export async function coalescing(): Promise<Row[]> {
  const harness = await startHarness();
  try {
    // A slow upstream keeps the first call in flight while the others arrive, as in a burst of identical requests.
    harness.server.script({ kind: 'latency', ms: 200, times: -1 });
    const prompt = 'Summarise this page in one sentence.';
    const before = harness.upstreamCalls();
    const results = await Promise.all(Array.from({ length: CALLERS }, () => timeGenerate(harness, prompt)));
    const coalesced = harness.upstreamCalls() - before;
    const answered = results.filter((result) => result.source === 'model' && result.text === results[0]?.text).length;

    const template = bodyTemplate(harness, prompt);
    const rawBefore = harness.upstreamCalls();
    await Promise.all(Array.from({ length: CALLERS }, () => fetchRawStream(`${harness.server.baseUrl}/chat/completions`, template(prompt))));
    const raw = harness.upstreamCalls() - rawBefore;
    const row: Row = {
      group: '6',
      name: `Upstream calls for ${CALLERS} identical concurrent requests`,
      value: coalesced,
      unit: 'calls',
      baseline: { value: raw, label: 'separate raw calls' },
      goal: atMost(coalesced, 1, 'calls'),
      note: `Coalescing: ${answered} of ${CALLERS} callers received the full answer from the shared stream (upstream latency 200 ms).`,
    };
    return [row, { ...row, group: 'P', name: 'Upstream calls for 50 identical concurrent requests', note: undefined }];
  } finally {
    await harness.close();
  }
}
