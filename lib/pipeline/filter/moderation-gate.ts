// Owns the optional moderation check: with it on, the answer is held back until the provider's
// moderation endpoint clears it, so a flagged answer is never shown (at the cost of streaming).
import { GenerationError } from '../../errors/generation-error';
import type { ServerEvent } from '../../messaging/generation-schemas';
import type { Settings } from '../../settings/schema';
import { moderateText } from './moderation';
import type { PipelineDeps } from '../pipeline-deps';

export interface ModerationGate {
  emit: (event: ServerEvent) => void;
  // Checks the whole answer, then releases the held text; throws 'filtered' when flagged.
  release(text: string, signal: AbortSignal): Promise<void>;
  // Whether any text reached the caller.
  shownText(): boolean;
}

export function createModerationGate(settings: Settings, deps: Pick<PipelineDeps, 'apiKey' | 'fetch' | 'clock'>, emit: (event: ServerEvent) => void): ModerationGate {
  const { moderation } = settings.filter;
  const provider = settings.providers.find((candidate) => candidate.id === moderation.providerId) ??
    settings.providers.find((candidate) => candidate.kind === 'openai-compatible');
  const active = moderation.enabled && provider !== undefined;
  const held: ServerEvent[] = [];
  let shown = false;
  return {
    emit(event) {
      if (active && event.type === 'delta') {
        held.push(event);
        return;
      }
      if (event.type === 'delta') shown = true;
      emit(event);
    },
    async release(text, signal) {
      if (!active || !provider) return;
      const verdict = await moderateText(text, {
        fetch: deps.fetch,
        baseUrl: provider.baseUrl,
        apiKey: await deps.apiKey(provider.id),
        signal,
        now: () => deps.clock.now(),
      });
      if (verdict.flagged) {
        throw new GenerationError({ code: 'filtered', message: `Moderation flagged: ${verdict.categories.join(', ') || 'unspecified'}.` });
      }
      for (const event of held.splice(0)) {
        shown = true;
        emit(event);
      }
    },
    shownText: () => shown,
  };
}
