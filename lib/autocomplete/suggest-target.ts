// Owns which model suggests: the one the user chose for autocomplete, else the chain's first target.
// Choosing 'chrome-built-in' uses the browser's on-device model even when no provider lists it.
import { CHROME_BUILT_IN_MODEL } from '../providers/chrome-built-in';
import type { Provider } from '../settings/provider-schema';
import { targetId } from '../settings/provider-schema';
import type { Settings } from '../settings/schema';
import { resolveTargets, type ResolvedTarget } from '../pipeline/targets';

export const BUILT_IN_SUGGESTER: Provider = {
  id: 'chrome-built-in',
  kind: 'chrome-built-in',
  name: 'Chrome built-in',
  baseUrl: 'http://localhost/',
  headers: {},
  contextTokens: 6144,
};

export function suggestTarget(settings: Pick<Settings, 'providers' | 'chain' | 'autocomplete'>): ResolvedTarget | null {
  const chosen = settings.autocomplete.target;
  if (!chosen) return resolveTargets(settings)[0] ?? null;
  const provider = settings.providers.find((candidate) => candidate.id === chosen.providerId);
  if (provider) return { id: targetId(chosen), provider, model: chosen.model };
  if (chosen.providerId !== BUILT_IN_SUGGESTER.id) return null;
  const model = chosen.model || CHROME_BUILT_IN_MODEL;
  return { id: targetId({ providerId: BUILT_IN_SUGGESTER.id, model }), provider: BUILT_IN_SUGGESTER, model };
}
