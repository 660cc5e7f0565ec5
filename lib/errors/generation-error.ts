// Owns the classes of failure a generation can end with, as sent to the UI.
import { z } from 'zod';

export const ErrorCodeSchema = z.enum([
  'auth', // 401/403: wrong or missing key
  'quota', // insufficient_quota or another billing stop
  'rate-limit', // 429 after retries
  'context-length', // input too long for the model
  'bad-request', // other 4xx
  'not-found', // 404: wrong base URL or model
  'server', // 5xx or an error frame inside the stream
  'network', // unreachable host, DNS, connection refused, CORS
  'timeout', // no first token or the stream went idle
  'cut', // the stream ended before the model finished
  'permission', // the browser has not granted access to the endpoint's origin
  'config', // settings invalid or missing
  'offline', // the browser reports no network
  'aborted', // the user pressed Stop
  'filtered', // the output filter blocked the answer
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const GenerationErrorSchema = z.object({
  code: ErrorCodeSchema,
  message: z.string().max(2000),
  status: z.number().int().optional(),
  retryAfterMs: z.number().nonnegative().optional(),
});
export type GenerationErrorInfo = z.infer<typeof GenerationErrorSchema>;

export class GenerationError extends Error {
  readonly code: ErrorCode;
  readonly status?: number;
  readonly retryAfterMs?: number;

  constructor(info: GenerationErrorInfo) {
    super(info.message);
    this.name = 'GenerationError';
    this.code = info.code;
    this.status = info.status;
    this.retryAfterMs = info.retryAfterMs;
  }

  toInfo(): GenerationErrorInfo {
    return { code: this.code, message: this.message.slice(0, 2000), status: this.status, retryAfterMs: this.retryAfterMs };
  }
}

export function toGenerationError(error: unknown): GenerationError {
  if (error instanceof GenerationError) return error;
  if (error instanceof DOMException && error.name === 'AbortError') {
    return new GenerationError({ code: 'aborted', message: 'Stopped.' });
  }
  // fetch() rejects with a TypeError for DNS failures, refused connections and CORS.
  if (error instanceof TypeError) return new GenerationError({ code: 'network', message: error.message });
  return new GenerationError({ code: 'internal', message: error instanceof Error ? error.message : String(error) });
}
