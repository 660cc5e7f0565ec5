// Owns one upstream flight: walk the fallback chain, filter the stream, write the cache, degrade.
import { GenerationError, toGenerationError } from '../errors/generation-error';
import type { GenerationRequest, ServerEvent, Usage } from '../messaging/generation-schemas';
import type { BuiltPrompt } from '../prompts/prompt-schemas';
import type { FinishReason } from '../providers/types';
import type { Settings } from '../settings/schema';
import { shouldStore } from './cache/cacheable';
import { degrade } from './degrade/degrade';
import { createFilteredEmitter } from './filter/filtered-emitter';
import { createModerationGate } from './filter/moderation-gate';
import { compatKeyFor, type BatchGroups } from './batching/merged-call';
import type { PipelineDeps } from './pipeline-deps';
import { routeTargets } from './route/fallback-router';
import { runTarget, type TargetCall } from './run-target';
import type { ResolvedTarget } from './targets';

export interface Flight {
  jobId: string;
  request: GenerationRequest;
  settings: Settings;
  targets: ResolvedTarget[];
  prompt: BuiltPrompt;
  temperature: number;
  cacheKey: string;
  // Being written while the request runs; the offline queue links its job to it.
  historyId: Promise<string | null>;
  // Clock time after which no target is tried and no retry waits (moved later by queueing).
  deadline: { at: number };
  // Whether a job that fails for lack of network may be parked in the offline queue.
  allowQueue: boolean;
}

export async function produceAnswer(flight: Flight, deps: PipelineDeps, groups: BatchGroups, emit: (event: ServerEvent) => void, signal: AbortSignal): Promise<void> {
  const { settings, targets, prompt } = flight;
  const gate = createModerationGate(settings, deps, emit);
  const output = createFilteredEmitter(settings.filter, gate.emit);
  let raw = '';
  let servedBy: ResolvedTarget | undefined;
  let finishReason: FinishReason = 'stop';
  let usage: Usage | undefined;
  let fallbackUsed = false;
  let batched = false;
  emit({ type: 'start', jobId: flight.jobId, model: targets[0]?.model ?? '' });
  try {
    const context = {
      settings,
      deps,
      notify: (notice: Extract<ServerEvent, { type: 'notice' }>['notice']) => emit({ type: 'notice', notice }),
      onBatched: () => (batched = true),
    };
    const callFor = (target: ResolvedTarget) => targetCall(flight, target, groups);
    for await (const event of routeTargets({ targets, breakers: deps.breakers, run: (target, s) => runTarget(target, callFor(target), context, s), signal })) {
      if (event.type === 'target') servedBy = targets.find((target) => target.id === event.targetId);
      else if (event.type === 'fallback') {
        fallbackUsed = true;
        emit({ type: 'notice', notice: { kind: 'fallback', from: event.from, to: event.to, reason: event.error.code } });
      } else if (event.type === 'retry') {
        const attempts = settings.retry.maxRetries + 1;
        emit({ type: 'notice', notice: { kind: 'retrying', attempt: event.attempt, attempts, delayMs: event.delayMs, reason: event.error.code } });
      } else if (event.type === 'delta') {
        raw += event.text;
        output.push(event.text);
      } else if (event.type === 'finish') finishReason = event.reason;
      else if (event.type === 'usage') usage = { promptTokens: event.promptTokens, completionTokens: event.completionTokens, estimated: false };
    }
    output.end();
    await gate.release(raw, signal);
    usage ??= { promptTokens: prompt.promptTokens, completionTokens: await deps.tokens.count(raw), estimated: true };
    const model = servedBy?.model ?? targets[0]?.model ?? '';
    emit({ type: 'done', model, finishReason, usage, source: 'model', fallbackUsed, targetId: servedBy?.id, batched });
    if (servedBy && shouldStore({ temperature: flight.temperature, structured: flight.request.responseFormat !== undefined, finishReason }, settings.cache)) {
      await deps.cache.set(flight.cacheKey, { text: raw, model, targetId: servedBy.id, finishReason, usage });
    }
  } catch (caught) {
    const error = signal.aborted ? new GenerationError({ code: 'aborted', message: 'Stopped.' }) : toGenerationError(caught);
    // Text already shown stays shown and is marked incomplete; a fallback answer would not match it.
    if (gate.shownText() || error.code === 'aborted' || error.code === 'filtered') {
      emit({ type: 'error', error: error.toInfo(), partial: gate.shownText(), queued: false });
      return;
    }
    await degrade({ flight, deps, error, emit });
  }
}

function targetCall(flight: Flight, target: ResolvedTarget, groups: BatchGroups): TargetCall {
  const { prompt, settings } = flight;
  const call: TargetCall = {
    messages: prompt.messages,
    maxTokens: prompt.maxTokens,
    temperature: flight.temperature,
    promptTokens: prompt.promptTokens,
    priority: flight.request.priority,
    deadline: flight.deadline,
    responseFormat: flight.request.responseFormat,
  };
  const [first, second] = prompt.messages;
  const onlyUser = prompt.messages.length === 1 && first?.role === 'user' ? first : null;
  const systemAndUser = prompt.messages.length === 2 && first?.role === 'system' && second?.role === 'user' ? second : null;
  const user = onlyUser ?? systemAndUser;
  // Structured-output requests keep their own schema, so they are never merged.
  const batchable = settings.batching.enabled && !flight.request.responseFormat;
  if (batchable && user && prompt.promptTokens <= settings.batching.maxPromptTokens) {
    const group = { system: systemAndUser ? (first?.content ?? '') : '', maxTokens: prompt.maxTokens, temperature: flight.temperature };
    const compatKey = compatKeyFor(target.id, group);
    // Keys differ only by system prompt and sampling settings, so the map stays small; bound it anyway.
    if (groups.size > 200) groups.delete(groups.keys().next().value ?? '');
    groups.set(compatKey, group);
    call.batch = { compatKey, task: user.content };
  }
  return call;
}
