// Owns retrying one target: per-attempt timeouts, backoff or Retry-After waits, the overall deadline, Stop.
import { z } from 'zod';
import { GenerationError, GenerationErrorSchema, toGenerationError } from '../../errors/generation-error';
import type { ProviderEvent } from '../../providers/types';
import type { RetryPolicy } from '../../settings/policy-schemas';
import { abortError, type Clock, type Random } from '../clock';
import { retryDelay } from './backoff';
import { isRetryable } from './retryable';
import { withStreamTimeouts, type EventSource } from './stream-timeouts';

// Announces a wait before retry number `attempt` (1 = the first retry), and the error that caused it.
export const RetryEventSchema = z.object({
  type: z.literal('retry'),
  attempt: z.number().int().min(1),
  delayMs: z.number().nonnegative(),
  error: GenerationErrorSchema,
});
export type RetryEvent = z.infer<typeof RetryEventSchema>;

// Where each attempt comes from: one source started afresh every time, or a step that runs before each attempt,
// outside its timeouts (waiting in the rate limiter's queue is not silence from the model), and returns it.
export type AttemptSource =
  | { attempt: EventSource; prepare?: never }
  | { prepare: (signal: AbortSignal) => Promise<EventSource>; attempt?: never };

export type RunWithRetryOptions = AttemptSource & RetryBounds;

export interface RetryBounds {
  policy: RetryPolicy;
  clock: Clock;
  random: Random;
  signal: AbortSignal;
  // Absolute clock time of the overall deadline, shared by every attempt (and every target).
  // A function when the deadline moves (the pipeline extends it by time spent queued for the rate limiter).
  deadlineAt: number | (() => number);
  // Every 429 reports how long the server wants quiet, so the dispatcher can pause the whole queue.
  onRateLimited?: (retryAfterMs: number) => void;
}

const stopped = () => toGenerationError(abortError());

function deadlineError(last: GenerationError): GenerationError {
  return new GenerationError({ code: 'timeout', message: `Gave up at the overall deadline. Last error: ${last.message}`.slice(0, 2000) });
}

/**
 * Yields the events of the first attempt that works. A failed attempt is retried when
 * isRetryable allows it, up to policy.maxRetries times; otherwise its error is thrown as is.
 * The deadline bounds every sleep and every wait for a first token, but never cuts a stream that
 * is delivering text (the idle timeout guards those). Every error thrown is a GenerationError.
 */
export async function* runWithRetry(options: RunWithRetryOptions): AsyncGenerator<ProviderEvent | RetryEvent> {
  const { policy, clock, signal } = options;
  const deadlineAt = () => (typeof options.deadlineAt === 'function' ? options.deadlineAt() : options.deadlineAt);
  for (let retries = 0; ; retries++) {
    if (signal.aborted) throw stopped();
    let receivedText = false;
    try {
      const source = options.prepare ? await options.prepare(signal) : options.attempt;
      const attempt = withStreamTimeouts(source, {
        clock,
        signal,
        firstTokenTimeoutMs: policy.firstTokenTimeoutMs,
        idleTimeoutMs: policy.idleTimeoutMs,
        firstTokenDeadlineAt: deadlineAt(),
      });
      for await (const event of attempt) {
        if (event.type === 'delta' && event.text !== '') receivedText = true;
        yield event;
      }
      return;
    } catch (caught) {
      if (signal.aborted) throw stopped();
      const error = toGenerationError(caught);
      const delayMs = retryDelay(error, retries, policy, options.random);
      if (error.code === 'rate-limit') {
        const pauseMs = error.retryAfterMs ?? delayMs;
        if (pauseMs !== null) options.onRateLimited?.(pauseMs);
      }
      if (retries >= policy.maxRetries || !isRetryable(error, { receivedText }) || delayMs === null) throw error;
      // Sleeping to the deadline only to fail there would waste the user's time.
      if (clock.now() + delayMs >= deadlineAt()) throw deadlineError(error);
      yield { type: 'retry', attempt: retries + 1, delayMs, error: error.toInfo() };
      try {
        await clock.sleep(delayMs, signal);
      } catch {
        // The sleep rejects only when the user stops: that is reported as stopped, not as the sleep's error.
        throw stopped();
      }
    }
  }
}
