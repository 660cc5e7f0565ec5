// Owns the one upstream call that answers several queued requests at once (adaptive batching).
import { GenerationError, toGenerationError } from '../../errors/generation-error';
import type { ChatMessage } from '../../providers/types';
import type { Settings } from '../../settings/schema';
import { buildBatchPrompt, parseBatchAnswer } from './batch-prompt';
import type { PipelineDeps } from '../pipeline-deps';
import type { MergedCall } from '../rate-limit/dispatch-types';
import { resolveTargets } from '../targets';

export interface BatchGroup {
  // The requests' shared system message (it is part of their compatibility key).
  system: string;
  maxTokens: number;
  temperature: number;
}

// compatKey → what the merged call needs beyond the tasks themselves.
export type BatchGroups = Map<string, BatchGroup>;

export function compatKeyFor(targetId: string, group: BatchGroup): string {
  return JSON.stringify([targetId, group.system, group.maxTokens, group.temperature]);
}

export function createMergedCall(deps: Pick<PipelineDeps, 'settings' | 'apiKey' | 'fetch' | 'clock' | 'streamFor' | 'dispatcher'>, groups: BatchGroups): MergedCall {
  return async (targetId, tasks, signal, compatKey) => {
    const settings: Settings = await deps.settings();
    const target = resolveTargets(settings).find((candidate) => candidate.id === targetId);
    if (!target) throw new GenerationError({ code: 'config', message: `No target ${targetId}.` });
    const group = groups.get(compatKey);
    const batch = buildBatchPrompt(tasks);
    const messages: ChatMessage[] = group?.system ? [{ role: 'system', content: group.system }, ...batch.messages] : batch.messages;
    const stream = deps.streamFor(target.provider.kind)(
      {
        provider: target.provider,
        apiKey: await deps.apiKey(target.provider.id),
        model: target.model,
        messages,
        // Room for every answer: the merged call replaces tasks.length separate ones.
        maxTokens: Math.min(32_000, (group?.maxTokens ?? settings.generation.maxTokens) * tasks.length),
        temperature: group?.temperature ?? settings.generation.temperature,
        responseFormat: batch.responseFormat,
        signal,
      },
      { fetch: deps.fetch, now: () => deps.clock.now() },
    );
    let text = '';
    try {
      for await (const event of stream) {
        if (event.type === 'response') deps.dispatcher.observeHeaders(targetId, event.headers);
        if (event.type === 'delta') text += event.text;
      }
    } catch (error) {
      const failure = toGenerationError(error);
      if (failure.code === 'rate-limit' && failure.retryAfterMs) deps.dispatcher.pause(targetId, failure.retryAfterMs);
      throw failure;
    }
    const answers = parseBatchAnswer(text, tasks.length);
    if (!answers) throw new GenerationError({ code: 'server', message: 'The merged answer did not match its schema.' });
    return answers;
  };
}
