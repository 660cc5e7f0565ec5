// Owns answering one suggestion request in the worker: the site and cap checks, reuse from the
// suggestion cache, coalescing identical contexts, the speculative lane, a small streamed call whose
// abort aborts the upstream fetch, and the counts that feed the metrics and the cap.
import { toGenerationError } from '../errors/generation-error';
import { capState, type AutocompleteUsage } from '../metrics/autocomplete-usage';
import { costUsd } from '../metrics/cost';
import type { Clock } from '../pipeline/clock';
import { createCoalescer } from '../pipeline/coalesce';
import type { Dispatcher, Grant } from '../pipeline/rate-limit/dispatch-types';
import { SpeculativeDroppedError } from '../pipeline/rate-limit/speculative-lane';
import type { ResolvedTarget } from '../pipeline/targets';
import { buildSuggestPrompt, SUGGEST_MAX_TOKENS, SUGGEST_STOP, SUGGEST_TEMPERATURE } from '../prompts/suggest-prompt';
import type { ChatStream } from '../providers/types';
import { isAutocompleteOn } from '../settings/autocomplete-schema';
import type { ProviderKind } from '../settings/provider-schema';
import type { Settings } from '../settings/schema';
import { isSiteAllowed } from '../settings/site-rules';
import { cleanSuggestion, cutSuggestion } from './cut-suggestion';
import type { SuggestRequest, SuggestServerEvent } from './suggest-schemas';
import { contextKey, SuggestionCache, type SuggestContext } from './suggestion-cache';
import { suggestTarget } from './suggest-target';

export interface SuggesterDeps {
  clock: Clock;
  fetch: typeof fetch;
  settings: () => Promise<Settings>;
  apiKey: (providerId: string) => Promise<string>;
  hasOriginPermission: (baseUrl: string) => Promise<boolean>;
  dispatcher: Dispatcher;
  streamFor: (kind: ProviderKind) => ChatStream;
  usage: AutocompleteUsage;
}

export interface SuggestOptions {
  pageUrl: string;
  signal: AbortSignal;
  emit: (event: SuggestServerEvent) => void;
}

export interface Suggester {
  suggest(request: SuggestRequest, options: SuggestOptions): Promise<void>;
}

// Without the provider's count, about four characters a token.
const estimateTokens = (text: string) => Math.ceil(text.length / 4);

export function createSuggester(deps: SuggesterDeps, cache = new SuggestionCache()): Suggester {
  const coalescer = createCoalescer<SuggestServerEvent>();

  const produce = (target: ResolvedTarget, request: SuggestRequest, context: SuggestContext, settings: Settings) =>
    async (emit: (event: SuggestServerEvent) => void, signal: AbortSignal): Promise<void> => {
      const messages = buildSuggestPrompt(request);
      const promptChars = messages.reduce((sum, message) => sum + message.content.length, 0);
      let grant: Extract<Grant, { kind: 'single' }>;
      try {
        const granted = await deps.dispatcher.acquire({ targetId: target.id, priority: 'speculative', estimatedTokens: Math.ceil(promptChars / 4) + SUGGEST_MAX_TOKENS, signal });
        if (granted.kind !== 'single') throw new Error('A speculative request is never merged.');
        grant = granted;
      } catch (error) {
        if (!(error instanceof SpeculativeDroppedError) && signal.aborted) return;
        await deps.usage.add({ dropped: 1 });
        emit({ type: 'dropped', reason: error instanceof SpeculativeDroppedError ? 'rate-limited' : 'failed' });
        return;
      }
      const run = await callModel({ target, request, messages, signal, emit, grant });
      const promptTokens = run.promptTokens ?? Math.ceil(promptChars / 4);
      const completionTokens = run.completionTokens ?? estimateTokens(run.raw);
      const cost = costUsd(target.model, promptTokens, completionTokens, settings.prices);
      const aborted = signal.aborted && !run.complete;
      await deps.usage.add({
        requests: 1,
        promptTokens,
        completionTokens,
        costUsd: cost,
        ...(aborted ? { aborted: 1, wastedTokens: promptTokens + completionTokens } : {}),
        ...(run.failed ? { dropped: 1 } : {}),
      });
      if (aborted) return;
      if (run.failed) {
        emit({ type: 'dropped', reason: 'failed' });
        return;
      }
      cache.put(context, run.text);
      emit({ type: 'done', text: run.text, source: 'model' });
    };

  interface CallInput {
    target: ResolvedTarget;
    request: SuggestRequest;
    messages: ReturnType<typeof buildSuggestPrompt>;
    signal: AbortSignal;
    emit: (event: SuggestServerEvent) => void;
    grant: Extract<Grant, { kind: 'single' }>;
  }

  async function callModel({ target, request, messages, signal, emit, grant }: CallInput) {
    // Its own controller: once a sentence is complete the stream is cut, and the fetch with it.
    const upstream = new AbortController();
    const onAbort = () => upstream.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    const run = { raw: '', text: '', complete: false, failed: false, promptTokens: undefined as number | undefined, completionTokens: undefined as number | undefined };
    let headers: Headers | undefined;
    let rateLimitedForMs: number | undefined;
    try {
      const { provider } = target;
      if (provider.kind !== 'chrome-built-in' && !(await deps.hasOriginPermission(provider.baseUrl))) throw new Error('No permission for the provider.');
      const apiKey = provider.kind === 'chrome-built-in' ? '' : await deps.apiKey(provider.id);
      const stream = deps.streamFor(provider.kind)(
        { provider, apiKey, model: target.model, messages, maxTokens: SUGGEST_MAX_TOKENS, temperature: SUGGEST_TEMPERATURE, stop: SUGGEST_STOP, signal: upstream.signal },
        { fetch: deps.fetch, now: () => deps.clock.now() },
      );
      for await (const event of stream) {
        if (event.type === 'response') headers = event.headers;
        if (event.type === 'usage') {
          run.promptTokens = event.promptTokens;
          run.completionTokens = event.completionTokens;
        }
        if (event.type !== 'delta') continue;
        run.raw += event.text;
        const cut = cutSuggestion(cleanSuggestion(run.raw, request.before));
        if (cut.text !== run.text) {
          run.text = cut.text;
          emit({ type: 'delta', text: run.text });
        }
        if (cut.complete) break;
      }
      run.complete = !signal.aborted;
    } catch (error) {
      const info = toGenerationError(error);
      if (info.code === 'rate-limit' && info.retryAfterMs !== undefined) rateLimitedForMs = info.retryAfterMs;
      run.failed = !signal.aborted;
    } finally {
      signal.removeEventListener('abort', onAbort);
      upstream.abort();
      grant.complete({ headers, rateLimitedForMs, tokensUsed: run.promptTokens === undefined ? undefined : run.promptTokens + (run.completionTokens ?? 0) });
    }
    return run;
  }

  return {
    async suggest(request, { pageUrl, signal, emit }) {
      const settings = await deps.settings();
      if (!isSiteAllowed(pageUrl, settings) || !isAutocompleteOn(settings.autocomplete, pageUrl)) {
        emit({ type: 'dropped', reason: 'off' });
        return;
      }
      const target = suggestTarget(settings);
      if (!target) {
        emit({ type: 'dropped', reason: 'failed' });
        return;
      }
      const context: SuggestContext = { scope: `${target.id}|${request.language}|${request.pageTitle}`, before: request.before, after: request.after };
      const reused = cache.find(context);
      if (reused !== null) {
        void deps.usage.add({ reused: 1 });
        emit({ type: 'done', text: reused, source: 'cache' });
        return;
      }
      if (capState(await deps.usage.today(), settings.autocomplete).reached) {
        emit({ type: 'dropped', reason: 'capped' });
        return;
      }
      const { coalesced } = await coalescer.join(contextKey(context), produce(target, request, context, settings), emit, signal);
      if (coalesced) void deps.usage.add({ reused: 1 });
    },
  };
}
