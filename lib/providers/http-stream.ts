// Owns the HTTP round trip every network adapter shares: POST for a stream, GET for JSON, error classification.
import { GenerationError } from '../errors/generation-error';
import type { HttpErrorClassifier } from './classify-http-error';
import type { ProviderRuntime } from './types';

export interface HttpRequest {
  url: string;
  headers: Record<string, string>;
  body?: unknown;
  signal?: AbortSignal;
}

export interface OpenStream {
  headers: Headers;
  body: ReadableStream<Uint8Array>;
}

export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

export async function postForStream(request: HttpRequest, runtime: ProviderRuntime, classify: HttpErrorClassifier): Promise<OpenStream> {
  const response = await runtime.fetch(request.url, {
    method: 'POST',
    headers: request.headers,
    body: JSON.stringify(request.body),
    signal: request.signal,
  });
  await throwUnlessOk(response, runtime, classify);
  if (!response.body) throw new GenerationError({ code: 'server', message: 'The response had no body.' });
  return { headers: response.headers, body: response.body };
}

export async function getJson(request: HttpRequest, runtime: ProviderRuntime, classify: HttpErrorClassifier): Promise<unknown> {
  const response = await runtime.fetch(request.url, { method: 'GET', headers: request.headers, signal: request.signal });
  await throwUnlessOk(response, runtime, classify);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new GenerationError({ code: 'server', message: 'The provider answered with something other than JSON.' });
  }
}

async function throwUnlessOk(response: Response, runtime: ProviderRuntime, classify: HttpErrorClassifier): Promise<void> {
  if (response.ok) return;
  // An unreadable error body still has its status, which is what the classifier needs most.
  const text = await response.text().catch(() => '');
  throw classify(response.status, text, response.headers, runtime.now());
}

// Shared by every JSON-over-SSE reader: a frame we cannot read is a server fault, not ours.
export function parseJsonFrame(data: string): unknown {
  try {
    return JSON.parse(data) as unknown;
  } catch {
    throw new GenerationError({ code: 'server', message: `Unreadable stream frame: ${data.slice(0, 120)}` });
  }
}
