// Owns one target's share of a generation: wait for the rate limiter, call the provider, retry.
import { GenerationError, toGenerationError } from '../errors/generation-error';
import type { Notice } from '../messaging/generation-schemas';
import type { ChatMessage, ProviderEvent, ResponseFormat } from '../providers/types';
import type { Settings } from '../settings/schema';
import type { PipelineDeps } from './pipeline-deps';
import type { Grant, Priority } from './rate-limit/dispatch-types';
import { runWithRetry, type RetryEvent } from './retry/run-with-retry';
import type { EventSource } from './retry/stream-timeouts';
import type { ResolvedTarget } from './targets';

export interface TargetCall {
  messages: ChatMessage[];
  maxTokens: number;
  temperature: number;
  promptTokens: number;
  priority: Priority;
  // Shared by every attempt and target; waiting in the rate limiter's queue moves it later, since
  // the deadline bounds how long the providers take, not how long a polite queue is.
  deadline: { at: number };
  responseFormat?: ResponseFormat;
  // Set when this request may be merged with others waiting for the same target.
  batch?: { compatKey: string; task: string };
}

export interface TargetContext {
  settings: Settings;
  deps: PipelineDeps;
  notify: (notice: Notice) => void;
  // Set when the rate limiter answered this request from a merged call.
  onBatched?: () => void;
}

export function runTarget(target: ResolvedTarget, call: TargetCall, context: TargetContext, signal: AbortSignal): AsyncIterable<ProviderEvent | RetryEvent> {
  const { deps, settings } = context;
  return runWithRetry({
    prepare: (attemptSignal) => prepareAttempt(target, call, context, attemptSignal),
    policy: settings.retry,
    clock: deps.clock,
    random: deps.random,
    signal,
    deadlineAt: () => call.deadline.at,
    onRateLimited: (ms) => deps.dispatcher.pause(target.id, ms),
  });
}

// Waits for the target's rate limiter (telling the user when it has to), then returns the attempt.
async function prepareAttempt(target: ResolvedTarget, call: TargetCall, context: TargetContext, signal: AbortSignal): Promise<EventSource> {
  const { deps } = context;
  const { provider } = target;
  if (provider.kind !== 'chrome-built-in' && !(await deps.hasOriginPermission(provider.baseUrl))) {
    throw new GenerationError({ code: 'permission', message: new URL(provider.baseUrl).origin });
  }
  const snapshot = deps.dispatcher.snapshot(target.id);
  const pausedFor = snapshot.pausedUntil - deps.clock.now();
  if (pausedFor > 0) context.notify({ kind: 'waiting', reason: 'rate-limit', ms: pausedFor });
  else if (snapshot.queued > 0 || snapshot.requestsAvailable === 0) context.notify({ kind: 'waiting', reason: 'queue', ms: 0 });
  const queuedAt = deps.clock.now();
  const grant = await deps.dispatcher.acquire({
    targetId: target.id,
    priority: call.priority,
    estimatedTokens: call.promptTokens + call.maxTokens,
    signal,
    batch: call.batch ? { ...call.batch, promptTokens: call.promptTokens } : undefined,
  });
  call.deadline.at += deps.clock.now() - queuedAt;
  if (grant.kind === 'batched') {
    context.onBatched?.();
    return () => batchedSource(grant.text);
  }
  return (attemptSignal) => callProvider(target, call, context, grant, attemptSignal);
}

async function* batchedSource(text: string): AsyncGenerator<ProviderEvent> {
  yield { type: 'delta', text };
  yield { type: 'finish', reason: 'stop' };
}

async function* callProvider(
  target: ResolvedTarget,
  call: TargetCall,
  { deps }: TargetContext,
  grant: Extract<Grant, { kind: 'single' }>,
  signal: AbortSignal,
): AsyncGenerator<ProviderEvent> {
  let headers: Headers | undefined;
  let tokensUsed: number | undefined;
  // Settled in `finally` so an abandoned stream (Stop, a filter block) still returns its slot.
  try {
    const apiKey = await deps.apiKey(target.provider.id);
    const stream = deps.streamFor(target.provider.kind)(
      {
        provider: target.provider,
        apiKey,
        model: target.model,
        messages: call.messages,
        maxTokens: call.maxTokens,
        temperature: call.temperature,
        responseFormat: call.responseFormat,
        signal,
      },
      { fetch: deps.fetch, now: () => deps.clock.now() },
    );
    for await (const event of stream) {
      if (event.type === 'response') headers = event.headers;
      if (event.type === 'usage') tokensUsed = event.promptTokens + event.completionTokens;
      yield event;
    }
  } catch (error) {
    throw toGenerationError(error);
  } finally {
    // A 429 pauses the target's whole queue through runWithRetry's onRateLimited.
    grant.complete({ headers, tokensUsed });
  }
}
