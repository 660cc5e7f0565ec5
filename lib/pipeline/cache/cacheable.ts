// Owns the rules for when a request may read from the response cache and when its answer may be stored.
import type { CachePolicy } from '../../settings/policy-schemas';
import type { FinishReason } from '../../providers/types';

// Answers at higher temperatures vary by design, so they are cached only below the cap or on opt-in.
function temperatureAllowed(temperature: number, policy: CachePolicy): boolean {
  if (policy.cacheAnyTemperature) return true;
  return Number.isFinite(temperature) && temperature <= policy.maxTemperature;
}

// May this request be answered from the cache? "Regenerate" means the user wants a fresh answer.
export function isCacheable(params: { temperature: number; regenerate: boolean }, policy: CachePolicy): boolean {
  return policy.enabled && !params.regenerate && temperatureAllowed(params.temperature, policy);
}

// May a fresh answer be written? Regenerated answers may (they replace the old one). An 'other'
// finish (content filter, unknown stop) is not stored, so a hit never replays a doubtful ending.
export function shouldStore(params: { temperature: number; finishReason?: FinishReason }, policy: CachePolicy): boolean {
  if (params.finishReason === 'other') return false;
  return policy.enabled && temperatureAllowed(params.temperature, policy);
}
