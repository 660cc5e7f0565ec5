// Autocomplete benchmark: the latency a fresh suggestion adds over a raw fetch of the same request (the worker's
// suggester: site and cap checks, cache lookup, coalescing, the speculative lane, the provider adapter, the cut).
import { createAutocompleteUsage } from '../lib/metrics/autocomplete-usage';
import { createSuggester } from '../lib/autocomplete/suggester';
import { memoryStore } from '../lib/pipeline/kv-store';
import { startHarness } from '../tests/support/pipeline-kit';
import { DEFAULT_SETTINGS } from '../lib/settings/schema';
import { fetchRawStream } from './lib/raw-stream';
import { pairedDifferences, summarize } from './lib/stats';
import { below, type Row } from './lib/table';

const REPLY = 'the quick reply. And then some more words.';

export async function autocompleteLatency(reps: number): Promise<Row[]> {
  const harness = await startHarness({ patch: { autocomplete: { ...DEFAULT_SETTINGS.autocomplete, enabled: true, dailyTokenCap: null } } });
  try {
    harness.server.script({ kind: 'ok', reply: REPLY, times: -1 });
    const { deps } = harness;
    const suggester = createSuggester({
      clock: deps.clock,
      fetch: deps.fetch,
      settings: deps.settings,
      apiKey: deps.apiKey,
      hasOriginPermission: deps.hasOriginPermission,
      dispatcher: deps.dispatcher,
      streamFor: deps.streamFor,
      usage: createAutocompleteUsage(memoryStore(), () => Date.now()),
    });
    const suggest = async (before: string): Promise<number> => {
      const started = performance.now();
      let first = Number.NaN;
      await suggester.suggest(
        { before, after: '', pageTitle: 'Mail', language: 'en' },
        {
          pageUrl: 'https://mail.example/',
          signal: new AbortController().signal,
          emit: (event) => {
            if (Number.isNaN(first) && event.type !== 'dropped') first = performance.now() - started;
          },
        },
      );
      if (Number.isNaN(first)) throw new Error('The suggester answered nothing');
      return first;
    };
    // Warm up both paths (connections, JIT), then alternate them so drift on a shared machine cancels.
    await suggest('Warm-up 0: Thanks for ');
    const sent = harness.server.requests.findLast((request) => request.method === 'POST');
    if (!sent) throw new Error('No suggestion request reached the server');
    const body = (marker: string) => sent.rawBody.replaceAll('Warm-up 0', marker);
    const url = `${harness.server.baseUrl}/chat/completions`;
    await fetchRawStream(url, body('Warm-up raw'));
    const through: number[] = [];
    const raw: number[] = [];
    for (let i = 1; i <= reps; i++) {
      // A new context every time: never a cache hit, never coalesced.
      through.push(await suggest(`Draft ${i}: Thanks for `));
      raw.push((await fetchRawStream(url, body(`Draft ${i}`))).firstDeltaMs);
    }
    const a = summarize(through);
    const b = summarize(raw);
    const added = summarize(pairedDifferences(through, raw));
    const sign = (ms: number) => `${ms >= 0 ? '+' : ''}${ms.toFixed(2)}`;
    return [
      {
        group: 'A',
        name: 'Fresh suggestion, first text (worker side), median',
        value: a.median,
        unit: 'ms',
        baseline: { value: b.median, label: 'raw fetch of the same request' },
        goal: { text: `added < 2 ms (got ${sign(added.median)})`, met: below(added.median, 2, 'ms').met },
        note: `Autocomplete: added latency of a fresh suggestion = paired per-request differences (n=${added.n}), Node, loopback server, P99 ${sign(added.p99)} ms. The page's port hop is in the keystroke rows.`,
      },
    ];
  } finally {
    await harness.close();
  }
}
