// Owns what one caller's metrics record says, derived from the events that caller received.
import type { ErrorCode } from '../errors/generation-error';
import type { ServerEvent } from '../messaging/generation-schemas';
import { costUsd } from '../metrics/cost';
import type { MetricsOutcome, MetricsRecord, MetricsSource } from '../metrics/metrics-record';
import type { Price } from '../settings/policy-schemas';

export interface RunTracker {
  observe(event: ServerEvent): void;
  text(): string;
  finished(): boolean;
  outcome(): MetricsOutcome;
  errorCode(): ErrorCode | null;
  errorMessage(): string | null;
  record(extra: { id: string; source: MetricsSource; coalesced: boolean; cacheError: string | null; prices: Record<string, Price> }): MetricsRecord;
}

export function createRunTracker(startedAt: number, now: () => number): RunTracker {
  let text = '';
  let firstDeltaAt: number | null = null;
  let endedAt: number | null = null;
  let retries = 0;
  let terminal: Extract<ServerEvent, { type: 'done' | 'error' }> | null = null;
  // The model the request was meant for (the chain's first target), so a failure is counted under it.
  let intended: string | null = null;

  return {
    observe(event) {
      if (terminal) return;
      if (event.type === 'start') {
        intended = event.model || null;
      } else if (event.type === 'delta') {
        firstDeltaAt ??= now();
        text += event.text;
      } else if (event.type === 'notice' && event.notice.kind === 'retrying') {
        retries++;
      } else if (event.type === 'done' || event.type === 'error') {
        terminal = event;
        endedAt = now();
      }
    },
    text: () => text,
    finished: () => terminal !== null,
    outcome: () => outcomeOf(terminal?.type === 'done' ? terminal : null, terminal?.type === 'error' ? terminal : null),
    errorCode: () => (terminal?.type === 'error' ? terminal.error.code : null),
    errorMessage: () => (terminal?.type === 'error' ? terminal.error.message : null),
    record({ id, source, coalesced, cacheError, prices }) {
      const done = terminal?.type === 'done' ? terminal : null;
      const error = terminal?.type === 'error' ? terminal : null;
      const model = done?.source === 'snippet' ? null : (done?.model ?? (error ? intended : null));
      const usage = done?.usage;
      const targetId = done?.targetId ?? null;
      return {
        id,
        at: startedAt,
        source,
        providerId: targetId ? (targetId.split('/')[0] ?? null) : null,
        model,
        targetId,
        outcome: outcomeOf(done, error),
        errorCode: (error?.error.code ?? null) as ErrorCode | null,
        latencyMs: Math.max(0, (endedAt ?? now()) - startedAt),
        ttftMs: firstDeltaAt === null ? null : Math.max(0, firstDeltaAt - startedAt),
        promptTokens: usage?.promptTokens ?? 0,
        completionTokens: usage?.completionTokens ?? 0,
        tokensEstimated: usage?.estimated ?? true,
        // A cache hit costs nothing: no tokens were bought for it.
        costUsd: model && usage && done?.source === 'model' ? costUsd(model, usage.promptTokens, usage.completionTokens, prices) : 0,
        cacheHit: done?.source === 'cache',
        cacheError,
        retries,
        fallbackUsed: done?.fallbackUsed ?? false,
        batched: done?.batched ?? false,
        coalesced,
      };
    },
  };
}

function outcomeOf(
  done: Extract<ServerEvent, { type: 'done' }> | null,
  error: Extract<ServerEvent, { type: 'error' }> | null,
): MetricsOutcome {
  if (done) {
    if (done.source === 'cache') return 'cache-hit';
    if (done.source === 'stale-cache') return 'stale-cache';
    if (done.source === 'snippet') return 'snippet';
    return 'success';
  }
  if (!error) return 'aborted';
  if (error.queued) return 'queued';
  if (error.error.code === 'aborted') return 'aborted';
  if (error.error.code === 'filtered') return 'filtered';
  return error.partial ? 'incomplete' : 'error';
}
