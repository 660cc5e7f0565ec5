// Owns the generation pipeline every entry point goes through: prompt, cache, coalescing, fallback
// chain with rate limits and retries, output filter, degradation, metrics and history.
import { GenerationError, toGenerationError } from '../errors/generation-error';
import type { GenerationRequest, ServerEvent } from '../messaging/generation-schemas';
import type { MetricsSource } from '../metrics/metrics-record';
import type { Settings } from '../settings/schema';
import { buildPrompt } from '../prompts/build-prompt';
import { cacheKey } from './cache/cache-key';
import { isCacheable } from './cache/cacheable';
import { replayChunks } from './cache/replay';
import { createCoalescer } from './coalesce';
import { createFilteredEmitter } from './filter/filtered-emitter';
import type { BatchGroups } from './batching/merged-call';
import type { PipelineDeps } from './pipeline-deps';
import { produceAnswer, type Flight } from './produce-answer';
import { laterTask } from './later-task';
import { createRunTracker, type RunTracker } from './run-tracker';
import { chainContextTokens, resolveTargets } from './targets';
import { diagnose } from '../diagnostics/diagnostics-log';

export interface GenerateOptions {
  signal: AbortSignal;
  emit: (event: ServerEvent) => void;
  // 'queue' when the offline queue replays a job; such jobs are not queued again.
  metricsSource?: MetricsSource;
  // A history entry to fill instead of adding a new one (the offline queue's jobs have one).
  historyId?: string | null;
  pageUrl?: string | null;
}

export interface GenerateResult {
  text: string;
  outcome: ServerEvent | null;
  historyId: string | null;
}

export interface Pipeline {
  generate(request: GenerationRequest, options: GenerateOptions): Promise<GenerateResult>;
}

export function createPipeline(deps: PipelineDeps, groups: BatchGroups): Pipeline {
  const coalescer = createCoalescer<ServerEvent>();

  return {
    async generate(request, options) {
      const startedAt = deps.clock.now();
      const tracker = createRunTracker(startedAt, () => deps.clock.now());
      let terminal: ServerEvent | null = null;
      const emit = (event: ServerEvent) => {
        if (tracker.finished()) return;
        tracker.observe(event);
        if (event.type === 'done' || event.type === 'error') terminal = event;
        options.emit(event);
      };
      const cacheErrorsBefore = deps.cache.stats().failures;
      const settings = await deps.settings();
      // Written alongside the request, not before it: the history entry must not delay the answer.
      const historyId = startHistory(deps, request, options, settings.history.enabled);
      let coalesced = false;
      try {
        const flight = await prepareFlight(request, settings, deps, historyId, options);
        if (flight.prompt.trimmed) emit({ type: 'notice', notice: { kind: 'trimmed', ...flight.prompt.trimmed } });
        if (await serveFromCache(flight, deps, emit)) return finish();
        const key = request.regenerate ? `${flight.cacheKey}|regenerate` : flight.cacheKey;
        ({ coalesced } = await coalescer.join(key, (flightEmit, signal) => produceAnswer(flight, deps, groups, flightEmit, signal), emit, options.signal));
      } catch (caught) {
        const error = toGenerationError(caught);
        emit({ type: 'error', error: error.toInfo(), partial: tracker.text() !== '', queued: false });
      }
      // This caller pressed Stop while others still listen to the shared flight.
      if (!tracker.finished()) emit({ type: 'error', error: { code: 'aborted', message: 'Stopped.' }, partial: tracker.text() !== '', queued: false });
      return finish();

      async function finish(): Promise<GenerateResult> {
        const cacheError = deps.cache.stats().failures > cacheErrorsBefore ? deps.cache.lastError() : null;
        const record = tracker.record({ id: deps.newId(), source: options.metricsSource ?? request.source, coalesced, cacheError, prices: settings.prices });
        await deps.metrics.append(record).catch(diagnose('metrics', 'append record'));
        const id = await historyId;
        if (id) await finishHistory(deps, id, tracker, record.model);
        return { text: tracker.text(), outcome: terminal, historyId: id };
      }
    },
  };
}

async function prepareFlight(
  request: GenerationRequest,
  settings: Settings,
  deps: PipelineDeps,
  historyId: Promise<string | null>,
  options: GenerateOptions,
): Promise<Flight> {
  const targets = resolveTargets(settings);
  if (targets.length === 0) throw new GenerationError({ code: 'config', message: 'No model is configured.' });
  // Concise mode's word limit would cut structured answers (JSON) short, so it applies to prose only.
  const policy = {
    ...settings.generation,
    maxTokens: request.maxTokens ?? settings.generation.maxTokens,
    concise: settings.generation.concise && !request.responseFormat,
  };
  const prompt = await buildPrompt(request, policy, { contextTokens: chainContextTokens(targets) }, deps.tokens);
  const temperature = request.task === 'transform' ? settings.generation.transformTemperature : settings.generation.temperature;
  const key = await cacheKey({
    targets: targets.map((target) => target.id),
    messages: prompt.messages,
    maxTokens: prompt.maxTokens,
    temperature,
    responseFormat: request.responseFormat,
    variant: request.variant,
  });
  return {
    jobId: deps.newId(),
    request,
    settings,
    targets,
    prompt,
    temperature,
    cacheKey: key,
    historyId,
    deadline: { at: deps.clock.now() + settings.retry.deadlineMs },
    allowQueue: options.metricsSource !== 'queue',
  };
}

// A hit replays as a stream, through the filter (its settings may have changed since it was stored).
async function serveFromCache(flight: Flight, deps: PipelineDeps, emit: (event: ServerEvent) => void): Promise<boolean> {
  const { settings, request } = flight;
  if (!isCacheable({ temperature: flight.temperature, structured: request.responseFormat !== undefined, regenerate: request.regenerate }, settings.cache)) return false;
  const hit = await deps.cache.get(flight.cacheKey);
  if (!hit || hit.stale) return false;
  emit({ type: 'start', jobId: flight.jobId, model: hit.entry.model });
  try {
    const output = createFilteredEmitter(settings.filter, emit);
    // Large pieces: each one is a port message and a render in the page, and a hit should be instant.
    for (const chunk of replayChunks(hit.entry.text, 1024)) output.push(chunk);
    output.end();
  } catch (caught) {
    emit({ type: 'error', error: toGenerationError(caught).toInfo(), partial: false, queued: false });
    return true;
  }
  emit({
    type: 'done',
    model: hit.entry.model,
    finishReason: hit.entry.finishReason,
    usage: hit.entry.usage,
    source: 'cache',
    fallbackUsed: false,
    targetId: hit.entry.targetId,
    batched: false,
  });
  return true;
}

async function startHistory(deps: PipelineDeps, request: GenerationRequest, options: GenerateOptions, enabled: boolean): Promise<string | null> {
  if (options.historyId) return options.historyId;
  if (!enabled) return null;
  await laterTask();
  const entry = await deps.history
    .add({
      source: request.source,
      prompt: request.prompt,
      result: '',
      incomplete: true,
      errorCode: null,
      model: null,
      pageUrl: options.pageUrl ?? request.context.pageUrl ?? null,
      pageTitle: request.context.pageTitle ?? null,
      action: request.label?.action ?? null,
      words: request.label?.words ?? null,
      // A structured answer (form fill) is only useful to the form that asked; Retry is for prose.
      retry: request.responseFormat ? null : { context: request.context },
    })
    .catch(diagnose('history', 'start entry'));
  return entry?.id ?? null;
}

async function finishHistory(deps: PipelineDeps, id: string, tracker: RunTracker, model: string | null): Promise<void> {
  const outcome = tracker.outcome();
  const succeeded = outcome === 'success' || outcome === 'cache-hit';
  await deps.history
    .update(id, {
      result: tracker.text(),
      incomplete: !succeeded,
      // A finished entry needs no retry, so the page text it kept for one goes.
      ...(succeeded ? { retry: null } : {}),
      errorCode: tracker.errorCode(),
      errorMessage: tracker.errorMessage()?.slice(0, 500) ?? null,
      model,
    })
    .catch(diagnose('history', 'finish entry'));
}
