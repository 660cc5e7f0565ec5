// Anthropic-shaped error replies ({ type: 'error', error: { type, message } }) for auth, routes and faults.
import type { ScriptedFault } from './faults.ts';
import { formatResetDuration, retryAfterToMs, type ErrorResponse } from './openai-errors.ts';
import type { VendorErrors } from './vendor-errors.ts';

export const DEFAULT_ANTHROPIC_STREAM_ERROR = 'Overloaded';
const CONTEXT_LIMIT = 200_000;

export function anthropicErrorBody(type: string, message: string): unknown {
  return { type: 'error', error: { type, message } };
}

function reply(status: number, type: string, message: string, headers: Record<string, string> = {}): ErrorResponse {
  return { status, headers: { 'request-id': 'req_test', ...headers }, body: anthropicErrorBody(type, message) };
}

/** The error type Anthropic uses for a status, per its errors page. */
function typeForStatus(status: number): string {
  const byStatus: Record<number, string> = {
    401: 'authentication_error',
    402: 'billing_error',
    403: 'permission_error',
    404: 'not_found_error',
    413: 'request_too_large',
    429: 'rate_limit_error',
    504: 'timeout_error',
    529: 'overloaded_error',
  };
  return byStatus[status] ?? (status >= 500 ? 'api_error' : 'invalid_request_error');
}

type RateLimitFault = Extract<ScriptedFault, { kind: 'rate-limit' }>;

function rateLimited(fault: RateLimitFault): ErrorResponse {
  const waitMs = fault.retryAfterMs ?? (fault.retryAfter !== undefined ? retryAfterToMs(fault.retryAfter) : undefined);
  const headers: Record<string, string> = {
    'anthropic-ratelimit-requests-limit': '50',
    'anthropic-ratelimit-requests-remaining': '0',
    'anthropic-ratelimit-requests-reset': new Date(Date.now() + (waitMs ?? 60_000)).toISOString(),
  };
  if (fault.retryAfter !== undefined) headers['retry-after'] = fault.retryAfter;
  if (fault.retryAfterMs !== undefined) headers['retry-after-ms'] = String(fault.retryAfterMs);
  for (const [name, value] of Object.entries(fault.headers ?? {})) headers[name.toLowerCase()] = value;
  const message = `This request would exceed the rate limit for your organization of 50 requests per minute. Please try again in ${formatResetDuration(waitMs ?? 60_000)}.`;
  return reply(429, 'rate_limit_error', message, headers);
}

type HttpErrorFault = Extract<ScriptedFault, { kind: 'http-error' }>;

function httpError(fault: HttpErrorFault, promptTokens: number): ErrorResponse {
  if (fault.contextLength) {
    const status = fault.status ?? 400;
    const message = `prompt is too long: ${CONTEXT_LIMIT + promptTokens} tokens > ${CONTEXT_LIMIT} maximum`;
    return fault.body !== undefined ? { status, headers: {}, body: fault.body } : reply(status, 'invalid_request_error', message);
  }
  const status = fault.status ?? 500;
  if (fault.body !== undefined) return { status, headers: {}, body: fault.body };
  const type = typeForStatus(status);
  const message = type === 'overloaded_error' ? 'Overloaded' : status >= 500 ? 'Internal server error' : `Test server returned status ${status}.`;
  return reply(status, type, message);
}

export const anthropicErrors: VendorErrors = {
  invalid: (message, status = 400) => reply(status, typeForStatus(status), message),
  missingKey: () => reply(401, 'authentication_error', 'x-api-key header is required'),
  incorrectKey: () => reply(401, 'authentication_error', 'invalid x-api-key'),
  fault(fault, _model, promptTokens) {
    switch (fault.kind) {
      case 'rate-limit':
        return rateLimited(fault);
      case 'insufficient-quota':
        // Anthropic reports an empty balance as a plain 400.
        return reply(400, 'invalid_request_error', 'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.');
      case 'unauthorized':
        return anthropicErrors.incorrectKey();
      case 'http-error':
        return httpError(fault, promptTokens);
      default:
        return null;
    }
  },
};
