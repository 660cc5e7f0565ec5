// Owns the rules for when a request may read from the response cache and when its answer may be stored.
import type { CachePolicy } from '../../settings/policy-schemas';
import type { FinishReason } from '../../providers/types';

interface CacheParams {
  temperature: number;
  // A structured answer (form fill): its surface shows no "from the cache" mark or Regenerate, so it is
  // reused only below the temperature cap.
  structured?: boolean;
}

// Answers at higher temperatures vary by design: reused above the cap only where the answer says it came from
// the cache and offers Regenerate beside it (the panel, the card, the popup's prompt).
function temperatureAllowed({ temperature, structured = false }: CacheParams, policy: CachePolicy): boolean {
  if (policy.cacheAnyTemperature && !structured) return true;
  return Number.isFinite(temperature) && temperature <= policy.maxTemperature;
}

// May this request be answered from the cache? "Regenerate" means the user wants a fresh answer.
export function isCacheable(params: CacheParams & { regenerate: boolean }, policy: CachePolicy): boolean {
  return policy.enabled && !params.regenerate && temperatureAllowed(params, policy);
}

// May a fresh answer be written? Regenerated answers may (they replace the old one). An 'other'
// finish (content filter, unknown stop) is not stored, so a hit never replays a doubtful ending.
export function shouldStore(params: CacheParams & { finishReason?: FinishReason }, policy: CachePolicy): boolean {
  if (params.finishReason === 'other') return false;
  return policy.enabled && temperatureAllowed(params, policy);
}
