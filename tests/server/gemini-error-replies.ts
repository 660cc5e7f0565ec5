// Google-shaped error replies ({ error: { code, message, status, details } }) for auth, routes and faults.
import type { ScriptedFault } from './faults.ts';
import { retryAfterToMs, type ErrorResponse } from './openai-errors.ts';
import type { VendorErrors } from './vendor-errors.ts';

export const DEFAULT_GEMINI_STREAM_ERROR = 'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting';
const CONTEXT_LIMIT = 1_048_576;
const QUOTA_MESSAGE =
  'You exceeded your current quota, please check your plan and billing details. ' +
  'For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.';

/** google.rpc.Code names by HTTP status. */
export function statusName(status: number): string {
  const names: Record<number, string> = {
    400: 'INVALID_ARGUMENT',
    401: 'UNAUTHENTICATED',
    403: 'PERMISSION_DENIED',
    404: 'NOT_FOUND',
    409: 'ABORTED',
    429: 'RESOURCE_EXHAUSTED',
    499: 'CANCELLED',
    500: 'INTERNAL',
    503: 'UNAVAILABLE',
    504: 'DEADLINE_EXCEEDED',
  };
  return names[status] ?? (status >= 500 ? 'INTERNAL' : 'FAILED_PRECONDITION');
}

export function googleErrorBody(code: number, message: string, details?: unknown[]): unknown {
  return { error: { code, message, status: statusName(code), ...(details ? { details } : {}) } };
}

function reply(status: number, message: string, details?: unknown[], headers: Record<string, string> = {}): ErrorResponse {
  return { status, headers, body: googleErrorBody(status, message, details) };
}

function quotaFailure(quotaId: string, model: string): unknown {
  return {
    '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
    violations: [
      {
        quotaMetric: 'generativelanguage.googleapis.com/generate_content_free_tier_requests',
        quotaId,
        quotaDimensions: { location: 'global', model },
        quotaValue: '15',
      },
    ],
  };
}

type RateLimitFault = Extract<ScriptedFault, { kind: 'rate-limit' }>;

// Google puts the wait in a RetryInfo detail, not in a retry-after header.
function rateLimited(fault: RateLimitFault, model: string): ErrorResponse {
  const waitMs = fault.retryAfterMs ?? (fault.retryAfter !== undefined ? retryAfterToMs(fault.retryAfter) : undefined);
  const details: unknown[] = [quotaFailure('GenerateRequestsPerMinutePerProjectPerModel-FreeTier', model)];
  if (waitMs !== undefined) details.push({ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: `${Math.ceil(waitMs / 1000)}s` });
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(fault.headers ?? {})) headers[name.toLowerCase()] = value;
  return reply(429, QUOTA_MESSAGE, details, headers);
}

type HttpErrorFault = Extract<ScriptedFault, { kind: 'http-error' }>;

function httpError(fault: HttpErrorFault, promptTokens: number): ErrorResponse {
  const status = fault.status ?? (fault.contextLength ? 400 : 500);
  if (fault.body !== undefined) return { status, headers: {}, body: fault.body };
  if (fault.contextLength) {
    return reply(status, `The input token count (${CONTEXT_LIMIT + promptTokens}) exceeds the maximum number of tokens allowed (${CONTEXT_LIMIT}).`);
  }
  if (status === 503) return reply(status, 'The model is overloaded. Please try again later.');
  return reply(status, status >= 500 ? DEFAULT_GEMINI_STREAM_ERROR : `Test server returned status ${status}.`);
}

export const geminiErrors: VendorErrors = {
  invalid: (message, status = 400) => reply(status, message),
  missingKey: () =>
    reply(
      403,
      "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
    ),
  // A wrong key is a 400 on this API, told apart by the ErrorInfo reason.
  incorrectKey: () =>
    reply(400, 'API key not valid. Please pass a valid API key.', [
      {
        '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
        reason: 'API_KEY_INVALID',
        domain: 'googleapis.com',
        metadata: { service: 'generativelanguage.googleapis.com' },
      },
    ]),
  fault(fault, model, promptTokens) {
    switch (fault.kind) {
      case 'rate-limit':
        return rateLimited(fault, model);
      case 'insufficient-quota':
        return reply(429, QUOTA_MESSAGE, [quotaFailure('GenerateRequestsPerDayPerProjectPerModel-FreeTier', model)]);
      case 'unauthorized':
        return geminiErrors.incorrectKey();
      case 'http-error':
        return httpError(fault, promptTokens);
      default:
        return null;
    }
  },
};
