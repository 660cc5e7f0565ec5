// Owns mapping Anthropic's error bodies ({ type: 'error', error: { type, message } }) to error classes.
import { z } from 'zod';
import { GenerationError, type ErrorCode } from '../errors/generation-error';
import { classifyHttpError, retryAfterFor } from './classify-http-error';

const AnthropicErrorSchema = z.object({
  error: z.object({ type: z.string(), message: z.string().optional() }),
});
type AnthropicError = z.infer<typeof AnthropicErrorSchema>['error'];

export function classifyAnthropicError(status: number, bodyText: string, headers: Headers, now: number): GenerationError {
  const error = readAnthropicError(bodyText);
  const code = error && anthropicErrorCode(error);
  // A proxy in front of the API may answer in its own shape; new error types fall back to the status.
  if (!error || !code) return classifyHttpError(status, bodyText, headers, now);
  return new GenerationError({
    code,
    status,
    retryAfterMs: retryAfterFor(status, headers, now),
    message: error.message ?? `HTTP ${status}`,
  });
}

// The `error` SSE event: the request was accepted, then failed (most often overloaded_error).
export function anthropicStreamError(data: unknown): GenerationError {
  const parsed = AnthropicErrorSchema.safeParse(data);
  if (!parsed.success) return new GenerationError({ code: 'server', message: 'The provider reported an error mid-stream.' });
  const { error } = parsed.data;
  return new GenerationError({ code: anthropicErrorCode(error) ?? 'server', message: error.message ?? error.type });
}

function readAnthropicError(bodyText: string): AnthropicError | undefined {
  try {
    const parsed = AnthropicErrorSchema.safeParse(JSON.parse(bodyText));
    return parsed.success ? parsed.data.error : undefined;
  } catch {
    // Not JSON (a proxy's HTML page): no vendor error to read; the status decides.
    return undefined;
  }
}

export function anthropicErrorCode(error: AnthropicError): ErrorCode | undefined {
  const message = error.message ?? '';
  switch (error.type) {
    case 'authentication_error':
    case 'permission_error':
      return 'auth';
    case 'billing_error':
      return 'quota';
    case 'rate_limit_error':
      return 'rate-limit';
    case 'not_found_error':
      return 'not-found';
    case 'request_too_large':
      return 'context-length';
    // 500 api_error, 504 timeout_error and 529 overloaded_error are all worth a retry.
    case 'api_error':
    case 'overloaded_error':
    case 'timeout_error':
      return 'server';
    case 'invalid_request_error':
      // An empty balance and an over-long prompt both arrive as plain 400s.
      if (/credit balance|billing/i.test(message)) return 'quota';
      if (/prompt is too long|too many tokens|context (window|length)/i.test(message)) return 'context-length';
      return 'bad-request';
    default:
      return undefined;
  }
}
