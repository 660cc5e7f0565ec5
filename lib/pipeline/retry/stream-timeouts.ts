// Owns the first-token and idle timeouts of one streamed attempt, aborting the upstream fetch on expiry.
import { GenerationError, toGenerationError } from '../../errors/generation-error';
import type { ProviderEvent } from '../../providers/types';
import { abortError, type Clock } from '../clock';

export type EventSource = (signal: AbortSignal) => AsyncIterable<ProviderEvent>;

export interface StreamTimeoutOptions {
  clock: Clock;
  // From the start until the first output (delta or reasoning); response headers and usage do not count.
  firstTokenTimeoutMs: number;
  // After the first output, the longest gap between any two events.
  idleTimeoutMs: number;
  // The caller's Stop; aborts the upstream fetch and ends the stream with 'aborted' at once.
  signal: AbortSignal;
  // Absolute clock time the wait for the first token may not run past (the overall deadline).
  firstTokenDeadlineAt?: number;
}

type Phase = 'first-token' | 'deadline' | 'idle';

// A watchdog that wakes this much later than it asked was starved (a busy worker, a machine waking
// from sleep): the stream's own bytes may be queued behind it, so it looks once more before it fires.
const LATE_WAKE_MS = 200;
const LATE_WAKE_GRACE_MS = 250;

function timeoutError(phase: Phase, options: StreamTimeoutOptions): GenerationError {
  const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
  const message =
    phase === 'first-token'
      ? `No answer within ${seconds(options.firstTokenTimeoutMs)} (first-token timeout).`
      : phase === 'idle'
        ? `The stream went quiet for ${seconds(options.idleTimeoutMs)} (idle timeout).`
        : 'The overall deadline passed before the first token arrived.';
  return new GenerationError({ code: 'timeout', message });
}

/**
 * Runs `source` with its own AbortController and watches it. The watchdog timer re-arms itself
 * only when it wakes, so a fast stream does not create one timer per chunk. Time the
 * consumer spends holding an event (while this generator is suspended at yield) never counts as
 * upstream silence. Every error thrown is a GenerationError.
 */
export async function* withStreamTimeouts(source: EventSource, options: StreamTimeoutOptions): AsyncGenerator<ProviderEvent> {
  const { clock, signal } = options;
  if (signal.aborted) throw toGenerationError(abortError());

  const upstream = new AbortController();
  let failure: GenerationError | undefined;
  let reject: (error: GenerationError) => void = () => undefined;
  const stopped = new Promise<never>((_, rejectStopped) => {
    reject = rejectStopped;
  });
  stopped.catch(() => undefined); // only ever observed through Promise.race
  // Reject our race before aborting upstream, so a source that rejects synchronously on abort loses.
  const stop = (error: GenerationError) => {
    failure ??= error;
    reject(error);
    upstream.abort(error);
  };
  const onAbort = () => stop(toGenerationError(abortError()));
  signal.addEventListener('abort', onAbort, { once: true });

  const start = clock.now();
  const firstTokenAt = start + options.firstTokenTimeoutMs;
  const deadlineFirst = options.firstTokenDeadlineAt !== undefined && options.firstTokenDeadlineAt < firstTokenAt;
  let expiresAt = deadlineFirst ? (options.firstTokenDeadlineAt ?? firstTokenAt) : firstTokenAt;
  let sawOutput = false;
  let suspended = false;

  // Deadlines only move later while a watch sleeps, except when the first output swaps the
  // first-token limit for a (possibly shorter) idle one: then the watch is restarted.
  let watchdog = new AbortController();
  const watch = async (cancel: AbortSignal) => {
    let starved = false;
    for (;;) {
      // While the consumer holds an event, just check back later.
      const wait = suspended ? Math.max(1, options.idleTimeoutMs) : expiresAt - clock.now();
      if (wait <= 0 && !starved) break;
      // Output that arrives during the grace re-arms (first token) or moves expiresAt (idle).
      const sleepFor = wait <= 0 ? LATE_WAKE_GRACE_MS : wait;
      const wakeAt = clock.now() + sleepFor;
      await clock.sleep(sleepFor, cancel);
      starved = wait > 0 && clock.now() - wakeAt > LATE_WAKE_MS;
    }
    stop(timeoutError(sawOutput ? 'idle' : deadlineFirst ? 'deadline' : 'first-token', options));
  };
  const arm = () => {
    watchdog.abort();
    watchdog = new AbortController();
    watch(watchdog.signal).catch(() => undefined); // rejects only when cancelled
  };
  arm();

  let iterator: AsyncIterator<ProviderEvent> | undefined;
  let done = false;
  try {
    iterator = source(upstream.signal)[Symbol.asyncIterator]();
    for (;;) {
      const next = iterator.next();
      next.catch(() => undefined); // a late rejection after a timeout is expected and ignored
      const result = await Promise.race([next, stopped]);
      if (result.done) {
        done = true;
        return;
      }
      // Reasoning counts: a thinking model may reason for long before its first answer delta.
      const firstOutput = !sawOutput && (result.value.type === 'delta' || result.value.type === 'reasoning');
      if (firstOutput) sawOutput = true;
      suspended = true;
      yield result.value;
      suspended = false;
      if (sawOutput) expiresAt = clock.now() + options.idleTimeoutMs;
      if (firstOutput) arm();
    }
  } catch (error) {
    if (signal.aborted) throw toGenerationError(abortError());
    throw failure ?? toGenerationError(error);
  } finally {
    watchdog.abort();
    signal.removeEventListener('abort', onAbort);
    if (!done) {
      // Stopped early (timeout, abort, error or the consumer left): free the connection now.
      upstream.abort(failure);
      closeQuietly(iterator);
    }
  }
}

// Not awaited: an async generator queues return() behind a pending next(), which may never settle.
function closeQuietly(iterator: AsyncIterator<ProviderEvent> | undefined): void {
  try {
    iterator?.return?.()?.catch(() => undefined);
  } catch {
    // A broken iterator cannot be closed any further.
  }
}
