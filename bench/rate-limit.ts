// Benchmark 5: 100 requests against a server that allows 20 per minute, on simulated time, through the whole
// pipeline (real dispatcher, retry and adaptive batching): makespan against the theoretical minimum, upstream
// calls, 429s seen upstream and errors that reach the user; the baseline fires a request every 300 ms, no limiter.
import { GenerationRequestSchema, type ServerEvent } from '../lib/messaging/generation-schemas';
import { assemblePipeline } from '../lib/pipeline/assemble-pipeline';
import { harnessSettings, memoryStores } from '../tests/support/pipeline-kit';
import { nodeRanksLoader } from '../tests/support/node-ranks-loader';
import { createTokenCounter } from '../lib/prompts/token-count';
import { DEFAULT_SETTINGS } from '../lib/settings/schema';
import { seededRandom } from './lib/seeded-random';
import { createSimClock } from './lib/sim-clock';
import { createSimServer, type SimServerStats } from './lib/sim-llm-server';
import { atMost, type Row } from './lib/table';

const REQUESTS = 100;
const PER_MINUTE = 20;
// Simulated time the server takes to answer one call.
const SERVICE_MS = 1_000;
const START = 1_700_000_000_000;
const BASE_URL = 'http://sim.invalid/v1';

interface Outcome {
  label: string;
  makespanMs: number;
  stats: SimServerStats;
  // Error codes that reached the user, one per failed request.
  surfaced: string[];
}

// One call per request: 20 go at once, then 20 more each time the window slides a minute.
const minimumUnbatchedMs = (Math.ceil(REQUESTS / PER_MINUTE) - 1) * 60_000 + SERVICE_MS;

async function throughPipeline(label: string, limited: boolean, batching: boolean, deadlineMs = DEFAULT_SETTINGS.retry.deadlineMs): Promise<Outcome> {
  const clock = createSimClock(START);
  const server = createSimServer({ clock, requestsPerMinute: PER_MINUTE, serviceMs: SERVICE_MS });
  const settings = harnessSettings(BASE_URL, {
    chain: [{ providerId: 'primary', model: 'test-model' }],
    rateLimits: limited ? { primary: { requestsPerMinute: PER_MINUTE, tokensPerMinute: null } } : {},
    batching: { ...DEFAULT_SETTINGS.batching, enabled: batching },
    retry: { ...DEFAULT_SETTINGS.retry, deadlineMs },
  });
  let ids = 0;
  const { pipeline } = assemblePipeline({
    clock,
    random: seededRandom(7),
    fetch: server.fetch,
    settings: async () => settings,
    currentSettings: () => settings,
    apiKey: async () => 'sk-sim',
    hasOriginPermission: async () => true,
    isOnline: () => true,
    tokens: createTokenCounter(nodeRanksLoader),
    stores: memoryStores(),
    newId: () => `sim-${++ids}`,
  });
  const surfaced: string[] = [];
  let finished = 0;
  let lastEnd = START;
  const onEvent = (event: ServerEvent) => {
    clock.touch();
    if (event.type === 'error') surfaced.push(event.error.code);
    if (event.type === 'done' || event.type === 'error') lastEnd = Math.max(lastEnd, clock.now());
  };
  for (let i = 0; i < REQUESTS; i++) {
    // Short, independent requests, as a form fill or a list of rewrites sends them.
    const request = GenerationRequestSchema.parse({ source: 'popup', priority: 'bulk', prompt: `Write a one-line answer for field ${i + 1}.` });
    void pipeline.generate(request, { signal: new AbortController().signal, emit: onEvent }).finally(() => finished++);
  }
  await clock.runUntil(() => finished === REQUESTS);
  return { label, makespanMs: lastEnd - START, stats: server.stats, surfaced };
}

async function naive(): Promise<Outcome> {
  const clock = createSimClock(START);
  const server = createSimServer({ clock, requestsPerMinute: PER_MINUTE, serviceMs: SERVICE_MS });
  const surfaced: string[] = [];
  let finished = 0;
  let lastEnd = START;
  for (let i = 0; i < REQUESTS; i++) {
    void (async () => {
      await clock.sleep(i * 300);
      const body = JSON.stringify({ model: 'test-model', stream: true, messages: [{ role: 'user', content: `Write a one-line answer for field ${i + 1}.` }] });
      const response = await server.fetch(`${BASE_URL}/chat/completions`, { method: 'POST', body });
      if (response.status === 429) surfaced.push('rate-limit');
      await response.text();
      lastEnd = Math.max(lastEnd, clock.now());
      finished++;
    })();
  }
  await clock.runUntil(() => finished === REQUESTS);
  return { label: 'naive', makespanMs: lastEnd - START, stats: server.stats, surfaced };
}

function describe(outcome: Outcome): string {
  const byCode = new Map<string, number>();
  for (const code of outcome.surfaced) byCode.set(code, (byCode.get(code) ?? 0) + 1);
  const errors = [...byCode].map(([code, count]) => `${count} ${code}`).join(', ') || 'none';
  return `${outcome.label}: ${outcome.stats.calls} upstream calls, ${outcome.stats.rejected} answered 429, ${outcome.stats.tasks} tasks answered; errors surfaced: ${errors}.`;
}

export async function rateLimit(): Promise<Row[]> {
  const baseline = await naive();
  const scenarios = [
    await throughPipeline('limiter 20/min, no batching', true, false),
    await throughPipeline('limiter 20/min, adaptive batching', true, true),
    await throughPipeline('no client limit (429 retries, x-ratelimit headers), batching on', false, true),
    // The default 120 s deadline also bounds time spent queued; this shows the limiter without that cut.
    await throughPipeline('limiter 20/min, no batching, 10-minute deadline', true, false, 600_000),
  ];
  const rateLimited = (outcome: Outcome) => outcome.surfaced.filter((code) => code === 'rate-limit').length;
  const seconds = (ms: number) => ms / 1000;
  const minimum = { value: seconds(minimumUnbatchedMs), label: 'theoretical minimum, 1 call per request' };
  const rows: Row[] = [
    {
      group: '5',
      name: 'Makespan, 100 requests at 20/min, naive (300 ms apart, no limiter)',
      value: seconds(baseline.makespanMs),
      unit: 's',
      baseline: minimum,
      note: `Rate limit, simulated clock, server allows ${PER_MINUTE} calls per sliding minute, ${SERVICE_MS} ms per call, default retry policy (3 retries, Retry-After up to 20 s, 120 s deadline). Makespan is when the last request ended, failed or not. With merged calls of up to 10 tasks the theoretical minimum is ${seconds(SERVICE_MS)} s (10 calls fit in one minute). ${[baseline, ...scenarios].map(describe).join(' ')}`,
    },
    { group: '5', name: '429s surfaced to the user, naive', value: rateLimited(baseline), unit: 'errors' },
  ];
  for (const outcome of scenarios) {
    rows.push(
      { group: '5', name: `Makespan, pipeline, ${outcome.label}`, value: seconds(outcome.makespanMs), unit: 's', baseline: minimum },
      { group: '5', name: `429s surfaced to the user, pipeline, ${outcome.label}`, value: rateLimited(outcome), unit: 'errors', baseline: { value: rateLimited(baseline), label: 'naive' }, goal: atMost(rateLimited(outcome), 0, 'errors') },
      { group: '5', name: `Requests failed (any error), pipeline, ${outcome.label}`, value: outcome.surfaced.length, unit: 'errors', baseline: { value: baseline.surfaced.length, label: 'naive' } },
    );
  }
  const [unbatched, batched] = scenarios;
  if (unbatched && batched) {
    rows.push(
      { group: 'P', name: 'Simulated makespan, 100 requests at 20/min, without batching', value: seconds(unbatched.makespanMs), unit: 's', baseline: minimum },
      { group: 'P', name: 'Simulated makespan, 100 requests at 20/min, with batching', value: seconds(batched.makespanMs), unit: 's', baseline: minimum },
      {
        group: 'P',
        name: '429s surfaced to the user (limiter, with and without batching)',
        value: rateLimited(unbatched) + rateLimited(batched),
        unit: 'errors',
        baseline: { value: rateLimited(baseline), label: 'naive' },
        goal: atMost(rateLimited(unbatched) + rateLimited(batched), 0, 'errors'),
      },
    );
  }
  return rows;
}
