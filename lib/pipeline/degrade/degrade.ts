// Owns what happens when every target failed: an expired cached answer, a matching snippet,
// the offline queue, or a clear error — in that order.
import type { GenerationError } from '../../errors/generation-error';
import type { ServerEvent } from '../../messaging/generation-schemas';
import { replayChunks } from '../cache/replay';
import { createFilteredEmitter } from '../filter/filtered-emitter';
import type { PipelineDeps } from '../pipeline-deps';
import type { Flight } from '../produce-answer';
import { findSnippet } from './snippet-match';
import { diagnose } from '../../diagnostics/diagnostics-log';

export interface DegradeInput {
  flight: Flight;
  deps: PipelineDeps;
  error: GenerationError;
  emit: (event: ServerEvent) => void;
}

// Failures worth answering from elsewhere: the request itself was fine, the providers were not.
const DEGRADABLE = new Set(['network', 'offline', 'server', 'timeout', 'rate-limit', 'quota', 'cut']);

export async function degrade({ flight, deps, error, emit }: DegradeInput): Promise<void> {
  // Only a browser that reports no network parks the job: a refused connection or a DNS failure
  // while online is the endpoint's fault and gets a clear error instead of a silent wait.
  const offline = error.code === 'offline' || (error.code === 'network' && !deps.isOnline());
  if (DEGRADABLE.has(error.code)) {
    const stale = await deps.cache.get(flight.cacheKey, { allowStale: true });
    if (stale) {
      const output = createFilteredEmitter(flight.settings.filter, emit);
      for (const chunk of replayChunks(stale.entry.text)) output.push(chunk);
      output.end();
      emit({
        type: 'done',
        model: stale.entry.model,
        finishReason: stale.entry.finishReason,
        usage: stale.entry.usage,
        source: 'stale-cache',
        fallbackUsed: false,
        targetId: stale.entry.targetId,
        batched: false,
      });
      return;
    }
    const snippet = findSnippet(flight.request.prompt, flight.settings.snippets);
    if (snippet) {
      emit({ type: 'delta', text: snippet.text });
      emit({ type: 'done', model: snippet.title, finishReason: 'stop', source: 'snippet', fallbackUsed: false, batched: false });
      return;
    }
  }
  if (offline && flight.allowQueue) {
    const queued = await deps.offlineQueue.enqueue(flight.request, await flight.historyId).catch(diagnose('offline-queue', 'enqueue job'));
    if (queued) {
      emit({ type: 'error', error: { code: 'offline', message: error.message }, partial: false, queued: true });
      return;
    }
  }
  emit({ type: 'error', error: error.toInfo(), partial: false, queued: false });
}
