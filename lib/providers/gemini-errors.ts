// Owns mapping Google API error bodies ({ error: { code, message, status, details } }) to error classes.
import { z } from 'zod';
import { GenerationError, type ErrorCode } from '../errors/generation-error';
import { classifyHttpError, retryAfterFor } from './classify-http-error';

const DetailSchema = z.object({
  '@type': z.string().optional(),
  reason: z.string().optional(),
  retryDelay: z.string().optional(),
  violations: z.array(z.object({ quotaId: z.string().optional() })).optional(),
});
const GoogleErrorSchema = z.object({
  error: z.object({
    code: z.number().optional(),
    message: z.string().optional(),
    status: z.string().optional(),
    details: z.array(z.unknown()).optional(),
  }),
});
type GoogleError = z.infer<typeof GoogleErrorSchema>['error'];
type Detail = z.infer<typeof DetailSchema>;

export function classifyGeminiError(status: number, bodyText: string, headers: Headers, now: number): GenerationError {
  const error = readGoogleError(bodyText);
  const code = error && geminiErrorCode(error);
  if (!error || !code) return classifyHttpError(status, bodyText, headers, now);
  const delay = retryDelayMs(details(error));
  return new GenerationError({
    code,
    status,
    retryAfterMs: delay ?? retryAfterFor(status, headers, now),
    message: error.message ?? `HTTP ${status}`,
  });
}

// An `error` object inside an SSE frame: the request was accepted, then failed.
export function geminiStreamError(data: unknown): GenerationError {
  const parsed = GoogleErrorSchema.safeParse(data);
  const error = parsed.success ? parsed.data.error : undefined;
  return new GenerationError({
    code: (error && geminiErrorCode(error)) ?? 'server',
    message: error?.message ?? 'The provider reported an error mid-stream.',
  });
}

function readGoogleError(bodyText: string): GoogleError | undefined {
  try {
    const parsed = GoogleErrorSchema.safeParse(JSON.parse(bodyText));
    return parsed.success ? parsed.data.error : undefined;
  } catch {
    // Not JSON (a proxy's HTML page): no vendor error to read; the status decides.
    return undefined;
  }
}

export function geminiErrorCode(error: GoogleError): ErrorCode | undefined {
  const message = error.message ?? '';
  const info = details(error);
  switch (error.status) {
    case 'UNAUTHENTICATED':
    case 'PERMISSION_DENIED':
      return 'auth';
    case 'RESOURCE_EXHAUSTED':
      return isHardQuota(message, info) ? 'quota' : 'rate-limit';
    case 'INVALID_ARGUMENT':
      // A wrong key is a 400 here, told apart only by its reason or message.
      if (info.some((detail) => detail.reason === 'API_KEY_INVALID') || /API key (not valid|expired)/i.test(message)) return 'auth';
      if (/token count.*exceeds|exceeds the maximum number of tokens/i.test(message)) return 'context-length';
      return 'bad-request';
    case 'FAILED_PRECONDITION':
      // E.g. "free tier is not available in your country. Please enable billing".
      return /billing/i.test(message) ? 'quota' : 'bad-request';
    case 'NOT_FOUND':
      return 'not-found';
    case 'INTERNAL':
    case 'UNAVAILABLE':
    case 'DEADLINE_EXCEEDED':
      return 'server';
    default:
      return undefined;
  }
}

// Gemini says "quota" in per-minute limits too; those come with a RetryInfo and are worth waiting
// out. A billing stop, or a per-day limit, is not.
function isHardQuota(message: string, info: Detail[]): boolean {
  const quotaIds = info.flatMap((detail) => detail.violations ?? []).map((violation) => violation.quotaId ?? '');
  if (quotaIds.some((id) => /PerDay/i.test(id))) return true;
  if (retryDelayMs(info) !== undefined || quotaIds.some((id) => /PerMinute/i.test(id))) return false;
  return /billing|credits|exceeded your current quota/i.test(message);
}

function details(error: GoogleError): Detail[] {
  return (error.details ?? []).flatMap((detail) => {
    const parsed = DetailSchema.safeParse(detail);
    return parsed.success ? [parsed.data] : [];
  });
}

// google.rpc.RetryInfo writes durations as "30s" or "1.5s".
function retryDelayMs(info: Detail[]): number | undefined {
  for (const detail of info) {
    const match = /^(\d+(?:\.\d+)?)s$/.exec(detail.retryDelay ?? '');
    if (match) return Number(match[1]) * 1000;
  }
  return undefined;
}
