// Test-only helpers for adapter tests: canned byte streams, a recording fetch, event collection.
import type { GenerationError } from '../../lib/errors/generation-error';
import type { Provider, ProviderKind } from '../../lib/settings/provider-schema';
import type { ChatCall, ChatStream, ProviderEvent, ProviderRuntime } from '../../lib/providers/types';

export const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

export interface RecordedFetch {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

// A fetch that answers with the given body split into exactly these byte chunks, and records the request.
export function fetchReturning(chunks: Uint8Array[], init: ResponseInit = { status: 200 }, seen: RecordedFetch[] = []): typeof fetch {
  return async (input, requestInit) => {
    const headers = new Headers(requestInit?.headers);
    seen.push({
      url: String(input),
      method: requestInit?.method ?? 'GET',
      headers: Object.fromEntries(headers.entries()),
      body: typeof requestInit?.body === 'string' ? (JSON.parse(requestInit.body) as unknown) : undefined,
    });
    return new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(chunk);
          controller.close();
        },
      }),
      init,
    );
  };
}

// Cuts bytes at the given offsets, so frames, lines and multi-byte characters straddle chunks.
export function splitAt(bytes: Uint8Array, offsets: number[]): Uint8Array[] {
  const cuts = [0, ...offsets.filter((at) => at > 0 && at < bytes.length).sort((a, b) => a - b), bytes.length];
  return cuts.slice(1).map((end, index) => bytes.slice(cuts[index], end));
}

export function providerOf(kind: ProviderKind, overrides: Partial<Provider> = {}): Provider {
  return { id: 'p', kind, name: 'P', baseUrl: 'http://x/v1', headers: {}, contextTokens: 8192, ...overrides };
}

export function callFor(provider: Provider, overrides: Partial<ChatCall> = {}): ChatCall {
  return { provider, apiKey: 'k', model: 'm', messages: [{ role: 'user', content: 'hi' }], maxTokens: 10, temperature: 0, ...overrides };
}

export interface Collected {
  events: ProviderEvent[];
  error?: GenerationError;
}

// Runs a stream to its end; 'response' events are dropped since every HTTP test would repeat them.
export async function collect(stream: ChatStream, call: ChatCall, runtime: ProviderRuntime): Promise<Collected> {
  const events: ProviderEvent[] = [];
  try {
    for await (const event of stream(call, runtime)) if (event.type !== 'response') events.push(event);
    return { events };
  } catch (error) {
    return { events, error: error as GenerationError };
  }
}

export const textOf = (events: ProviderEvent[]): string => events.map((e) => (e.type === 'delta' ? e.text : '')).join('');
export const reasoningOf = (events: ProviderEvent[]): string => events.map((e) => (e.type === 'reasoning' ? e.text : '')).join('');
