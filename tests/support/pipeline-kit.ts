// Test-only: a pipeline over memory stores and a real loopback LLM server.
import { startLlmServer, type LlmServer } from '../server/llm-server';
import type { GenerationRequestInput, ServerEvent } from '../../lib/messaging/generation-schemas';
import { GenerationRequestSchema } from '../../lib/messaging/generation-schemas';
import { nodeRanksLoader } from './node-ranks-loader';
import { createTokenCounter } from '../../lib/prompts/token-count';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../lib/settings/schema';
import { assemblePipeline, type AssembledPipeline, type PipelineStores } from '../../lib/pipeline/assemble-pipeline';
import { systemClock, type Clock } from '../../lib/pipeline/clock';
import { memoryStore } from '../../lib/pipeline/kv-store';

export interface Harness extends AssembledPipeline {
  server: LlmServer;
  settings: Settings;
  stores: PipelineStores;
  online: { value: boolean };
  run(request: Partial<GenerationRequestInput> & { prompt: string }, signal?: AbortSignal): Promise<ServerEvent[]>;
  upstreamCalls(): number;
  close(): Promise<void>;
}

export function memoryStores(): PipelineStores {
  return {
    cache: memoryStore(),
    metrics: memoryStore(),
    history: memoryStore(),
    offlineQueue: memoryStore(),
    rateLimits: memoryStore(),
    breakers: memoryStore(),
  };
}

export function harnessSettings(baseUrl: string, patch: Partial<Settings> = {}): Settings {
  return SettingsSchema.parse({
    ...DEFAULT_SETTINGS,
    providers: [
      { id: 'primary', kind: 'openai-compatible', name: 'Primary', baseUrl, headers: {}, contextTokens: 128_000 },
      { id: 'backup', kind: 'openai-compatible', name: 'Backup', baseUrl, headers: {}, contextTokens: 128_000 },
    ],
    chain: [
      { providerId: 'primary', model: 'test-model' },
      { providerId: 'backup', model: 'fallback-model' },
    ],
    generation: { ...DEFAULT_SETTINGS.generation, temperature: 0 },
    retry: { ...DEFAULT_SETTINGS.retry, baseDelayMs: 5, maxDelayMs: 2000, firstTokenTimeoutMs: 2000, idleTimeoutMs: 1000 },
    ...patch,
  });
}

export async function startHarness(options: { patch?: Partial<Settings>; clock?: Clock; stores?: PipelineStores } = {}): Promise<Harness> {
  const server = await startLlmServer({ port: 0, defaultChunkDelayMs: 1 });
  const settings = harnessSettings(server.baseUrl, options.patch);
  const stores = options.stores ?? memoryStores();
  const online = { value: true };
  let ids = 0;
  const assembled = assemblePipeline({
    clock: options.clock ?? systemClock,
    random: () => 0.5,
    fetch: (input, init) => fetch(input, init),
    settings: async () => harness.settings,
    currentSettings: () => harness.settings,
    apiKey: async () => 'sk-test',
    hasOriginPermission: async () => true,
    isOnline: () => online.value,
    tokens: createTokenCounter(nodeRanksLoader),
    stores,
    newId: () => `id-${++ids}`,
  });
  const harness: Harness = {
    ...assembled,
    server,
    settings,
    stores,
    online,
    async run(request, signal = new AbortController().signal) {
      const events: ServerEvent[] = [];
      const parsed = GenerationRequestSchema.parse({ source: 'inline', ...request });
      await assembled.pipeline.generate(parsed, { signal, emit: (event) => events.push(event) });
      return events;
    },
    upstreamCalls: () => server.requests.filter((request) => request.method === 'POST').length,
    close: () => server.close(),
  };
  return harness;
}

export const textOf = (events: readonly ServerEvent[]) => events.map((event) => (event.type === 'delta' ? event.text : '')).join('');
export const terminalOf = (events: readonly ServerEvent[]) => events.find((event) => event.type === 'done' || event.type === 'error');
export const noticesOf = (events: readonly ServerEvent[]) => events.flatMap((event) => (event.type === 'notice' ? [event.notice] : []));
