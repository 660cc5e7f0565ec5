// OpenAI-shaped error responses, including the headers real rate limits carry.
import type { ScriptedFault } from './faults.ts';

export interface OpenAiErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

/** A complete non-2xx reply; a string body is sent as text/plain, anything else as JSON. */
export interface ErrorResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export function openAiError(message: string, type: string, param: string | null = null, code: string | null = null): OpenAiErrorBody {
  return { error: { message, type, param, code } };
}

export function invalidRequest(message: string, param: string | null = null, code: string | null = null, status = 400): ErrorResponse {
  return { status, headers: {}, body: openAiError(message, 'invalid_request_error', param, code) };
}

export function missingApiKey(): ErrorResponse {
  return invalidRequest(
    "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
    null,
    null,
    401,
  );
}

export function incorrectApiKey(): ErrorResponse {
  return invalidRequest(
    'Incorrect API key provided: sk-te****. You can find your API key at https://platform.openai.com/account/api-keys.',
    null,
    'invalid_api_key',
    401,
  );
}

/** Formats a wait like OpenAI's x-ratelimit-reset-* headers: `12ms`, `1.5s`, `6m0s`. */
export function formatResetDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))}ms`;
  const seconds = ms / 1000;
  const minutes = Math.floor(seconds / 60);
  const rest = String(Math.round((seconds - minutes * 60) * 1000) / 1000);
  return minutes > 0 ? `${minutes}m${rest}s` : `${rest}s`;
}

/** Milliseconds a Retry-After value (seconds or HTTP date) asks for, if it parses. */
export function retryAfterToMs(value: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

type RateLimitFault = Extract<ScriptedFault, { kind: 'rate-limit' }>;

function rateLimited(fault: RateLimitFault, model: string): ErrorResponse {
  const waitMs = fault.retryAfterMs ?? (fault.retryAfter !== undefined ? retryAfterToMs(fault.retryAfter) : undefined);
  const reset = waitMs !== undefined ? formatResetDuration(waitMs) : '6m0s';
  const headers: Record<string, string> = {
    'x-ratelimit-limit-requests': '20',
    'x-ratelimit-remaining-requests': '0',
    'x-ratelimit-reset-requests': reset,
    'x-ratelimit-limit-tokens': '40000',
    'x-ratelimit-remaining-tokens': '39980',
    'x-ratelimit-reset-tokens': '12ms',
  };
  if (fault.retryAfter !== undefined) headers['retry-after'] = fault.retryAfter;
  if (fault.retryAfterMs !== undefined) headers['retry-after-ms'] = String(fault.retryAfterMs);
  for (const [name, value] of Object.entries(fault.headers ?? {})) headers[name.toLowerCase()] = value;
  const message =
    `Rate limit reached for requests per min (RPM) on ${model} in organization org-test: ` +
    `Limit 20, Used 20, Requested 1. Please try again in ${reset}. ` +
    'Visit https://platform.openai.com/account/rate-limits to learn more.';
  return { status: 429, headers, body: openAiError(message, 'requests', null, 'rate_limit_exceeded') };
}

type HttpErrorFault = Extract<ScriptedFault, { kind: 'http-error' }>;

function httpError(fault: HttpErrorFault, promptTokens: number): ErrorResponse {
  if (fault.contextLength) {
    const message =
      `This model's maximum context length is 128000 tokens. However, your messages resulted in ${128000 + promptTokens} tokens. ` +
      'Please reduce the length of the messages.';
    return {
      status: fault.status ?? 400,
      headers: {},
      body: fault.body ?? openAiError(message, 'invalid_request_error', 'messages', 'context_length_exceeded'),
    };
  }
  const status = fault.status ?? 500;
  const fallback =
    status >= 500
      ? openAiError('The server had an error while processing your request. Sorry about that!', 'server_error')
      : openAiError(`Test server returned status ${status}.`, 'invalid_request_error');
  return { status, headers: {}, body: fault.body ?? fallback };
}

/** The error reply for faults that never start a completion; null for the other kinds. */
export function faultErrorResponse(fault: ScriptedFault, model: string, promptTokens: number): ErrorResponse | null {
  switch (fault.kind) {
    case 'rate-limit':
      return rateLimited(fault, model);
    case 'insufficient-quota':
      return {
        status: 429,
        headers: {},
        body: openAiError(
          'You exceeded your current quota, please check your plan and billing details.',
          'insufficient_quota',
          null,
          'insufficient_quota',
        ),
      };
    case 'unauthorized':
      return incorrectApiKey();
    case 'http-error':
      return httpError(fault, promptTokens);
    default:
      return null;
  }
}
