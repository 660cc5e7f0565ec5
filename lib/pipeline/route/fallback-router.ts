// Owns walking the fallback chain: skip targets with open breakers, move on after failures, report why.
import { toGenerationError, type GenerationErrorInfo } from '../../errors/generation-error';
import type { ProviderEvent } from '../../providers/types';
import { abortError } from '../clock';
import type { RetryEvent } from '../retry/run-with-retry';
import { AllTargetsFailedError, type TargetFailure } from './all-targets-failed-error';
import type { Breakers } from './circuit-breaker';
import { countsAgainstBreaker, shouldFallBack } from './failure-policy';
import type { RouteEvent } from './route-events';

export type { FallbackEvent, RouteEvent, SkipEvent, TargetEvent } from './route-events';


export interface RouteOptions<T extends { id: string }> {
  targets: readonly T[];
  breakers: Pick<Breakers, 'canRequest' | 'recordSuccess' | 'recordFailure' | 'release' | 'lastError'>;
  // Runs one target, retries included (usually runWithRetry); must stop when the signal aborts.
  run: (target: T, signal: AbortSignal) => AsyncIterable<ProviderEvent | RetryEvent>;
  signal: AbortSignal;
}

function skipError(targetId: string, last: GenerationErrorInfo | undefined): GenerationErrorInfo {
  const message = `${targetId} is paused after repeated failures${last ? `: ${last.message}` : '.'}`;
  return { code: last?.code ?? 'server', status: last?.status, message: message.slice(0, 2000) };
}

/**
 * Yields the events of the first target that serves. A failure moves on (with a fallback event)
 * unless it is final (aborted, filtered, offline) or text was already yielded, in which case the
 * error itself is thrown so the pipeline reports incomplete text. When nothing serves, throws
 * AllTargetsFailedError. Every breaker claim is settled, even when the consumer leaves early.
 */
export async function* routeTargets<T extends { id: string }>(options: RouteOptions<T>): AsyncGenerator<RouteEvent> {
  const { breakers, signal } = options;
  const failures: TargetFailure[] = [];
  // What the next fallback event reports: the latest target tried, else the first one skipped.
  let leaving: { from: string; error: GenerationErrorInfo } | null = null;

  for (const [index, target] of options.targets.entries()) {
    if (signal.aborted) throw toGenerationError(abortError());
    if (!breakers.canRequest(target.id)) {
      const error = skipError(target.id, breakers.lastError(target.id));
      failures.push({ targetId: target.id, error, skipped: true });
      leaving ??= { from: target.id, error };
      yield { type: 'skip', targetId: target.id, error };
      continue;
    }

    let settled = false;
    let receivedText = false;
    try {
      if (leaving) yield { type: 'fallback', from: leaving.from, to: target.id, error: leaving.error };
      leaving = null;
      yield { type: 'target', targetId: target.id, attempt: index };
      for await (const event of options.run(target, signal)) {
        if (event.type === 'delta' && event.text !== '') receivedText = true;
        yield event;
      }
      settled = true;
      breakers.recordSuccess(target.id);
      return;
    } catch (caught) {
      const error = signal.aborted ? toGenerationError(abortError()) : toGenerationError(caught);
      settled = true;
      if (countsAgainstBreaker(error.code)) breakers.recordFailure(target.id, error.toInfo());
      else breakers.release(target.id);
      if (!shouldFallBack(error.code, receivedText)) throw error;
      failures.push({ targetId: target.id, error: error.toInfo(), skipped: false });
      leaving = { from: target.id, error: error.toInfo() };
    } finally {
      // The consumer left mid-stream: that says nothing about the target.
      if (!settled) breakers.release(target.id);
    }
  }
  throw new AllTargetsFailedError(failures);
}
