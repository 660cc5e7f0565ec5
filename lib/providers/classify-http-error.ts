// Owns mapping a failed HTTP response from a provider to one error class the UI can explain.
import { GenerationError, type ErrorCode } from '../errors/generation-error';
import { parseRetryAfterMs } from './retry-after';

const BILLING_CODES = new Set(['insufficient_quota', 'billing_hard_limit_reached', 'billing_not_active', 'credit_balance_too_low']);

interface ErrorBody {
  message?: string;
  code?: string;
  type?: string;
}

export function readErrorBody(text: string): ErrorBody {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object') {
      const error = (parsed as { error?: unknown }).error;
      if (error && typeof error === 'object') {
        const { message, code, type } = error as Record<string, unknown>;
        return {
          message: typeof message === 'string' ? message : undefined,
          code: typeof code === 'string' ? code : undefined,
          type: typeof type === 'string' ? type : undefined,
        };
      }
      if (typeof error === 'string') return { message: error };
    }
  } catch {
    // Not JSON: the text itself is the best message we have.
  }
  return { message: text.slice(0, 300) || undefined };
}

export function classifyHttpError(status: number, bodyText: string, headers: Headers, now: number): GenerationError {
  const body = readErrorBody(bodyText);
  const code = codeFor(status, body);
  return new GenerationError({ code, status, retryAfterMs: retryAfterFor(status, headers, now), message: body.message ?? `HTTP ${status}` });
}

// Only rate limits and server errors are worth waiting out; elsewhere a hint is ignored.
export function retryAfterFor(status: number, headers: Headers, now: number): number | undefined {
  return status === 429 || status >= 500 ? parseRetryAfterMs(headers, now) : undefined;
}

export type HttpErrorClassifier = (status: number, bodyText: string, headers: Headers, now: number) => GenerationError;

export function isBillingCode(body: ErrorBody): boolean {
  return BILLING_CODES.has(body.code ?? '') || BILLING_CODES.has(body.type ?? '');
}

function codeFor(status: number, body: ErrorBody): ErrorCode {
  if (status === 401 || status === 403) return 'auth';
  if (status === 402 || isBillingCode(body)) return 'quota';
  if (status === 429) return 'rate-limit';
  if (body.code === 'context_length_exceeded' || status === 413) return 'context-length';
  // Azure's content filter rejects the prompt with a 400.
  if (body.code === 'content_filter') return 'filtered';
  if (status === 404) return 'not-found';
  if (status === 408) return 'timeout';
  if (status >= 500) return 'server';
  return 'bad-request';
}
