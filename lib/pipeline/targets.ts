// Owns turning the settings' fallback chain into concrete targets: provider, model and a stable id.
import type { Provider, Target } from '../settings/provider-schema';
import { targetId } from '../settings/provider-schema';
import type { Settings } from '../settings/schema';

export interface ResolvedTarget {
  id: string;
  provider: Provider;
  model: string;
}

export function resolveTargets(settings: Pick<Settings, 'providers' | 'chain'>): ResolvedTarget[] {
  const byId = new Map(settings.providers.map((provider) => [provider.id, provider]));
  const seen = new Set<string>();
  const targets: ResolvedTarget[] = [];
  for (const target of settings.chain as Target[]) {
    const provider = byId.get(target.providerId);
    const id = targetId(target);
    if (!provider || seen.has(id)) continue;
    seen.add(id);
    targets.push({ id, provider, model: target.model });
  }
  return targets;
}

// The smallest context among the chain, so one prompt (and one cache key) fits every target.
export function chainContextTokens(targets: readonly ResolvedTarget[]): number {
  return Math.min(...targets.map((target) => target.provider.contextTokens));
}
