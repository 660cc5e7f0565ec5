// Owns the organisation policy (storage.managed): its shape, reading it leniently, and laying it over user settings.
import { z } from 'zod';
import { FilterModeSchema } from './policy-schemas';
import { ProviderSchema } from './provider-schema';
import type { Settings } from './schema';
import { SitePatternSchema } from './site-pattern';

const list = <T extends z.ZodType>(item: T) => z.array(item).max(10_000);

// Mirrors public/managed-schema.json, which Chrome uses to validate what an administrator pushes.
export const ManagedPolicySchema = z.object({
  // A gateway every network provider must use (LiteLLM, Portkey, a company proxy).
  baseUrl: ProviderSchema.shape.baseUrl.optional(),
  // Models the fallback chain may name; others are dropped.
  allowedModels: list(z.string().trim().min(1).max(200)).min(1).optional(),
  // Replaces the user's allow patterns.
  allowedSites: list(SitePatternSchema).optional(),
  // Added to the user's switched-off sites.
  blockedSites: list(z.string().trim().toLowerCase().min(1).max(253)).optional(),
  filterMode: FilterModeSchema.optional(),
  // Added to the user's lists.
  filterWords: list(z.string().min(1).max(200)).optional(),
  filterPatterns: list(z.string().min(1).max(500)).optional(),
});
export type ManagedPolicy = z.infer<typeof ManagedPolicySchema>;

// One bad value must not void the rest of the policy, so each key is read on its own.
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  if (!raw || typeof raw !== 'object') return {};
  const policy: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(ManagedPolicySchema.shape)) {
    const parsed = schema.safeParse((raw as Record<string, unknown>)[key]);
    if (parsed.success && parsed.data !== undefined) policy[key] = parsed.data;
  }
  if (Array.isArray(policy.filterPatterns)) policy.filterPatterns = policy.filterPatterns.filter(isValidPattern);
  return policy as ManagedPolicy;
}

function isValidPattern(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    // An invalid pattern in the policy: the caller drops it and keeps the rest of the policy.
    return false;
  }
}

const union = (own: readonly string[], forced: readonly string[] | undefined) => [...new Set([...own, ...(forced ?? [])])];

// What the pipeline and the content script see: the policy wins wherever it says something.
export function applyManagedPolicy(settings: Settings, policy: ManagedPolicy): Settings {
  const { baseUrl, allowedModels } = policy;
  const providers = baseUrl
    ? settings.providers.map((provider) => (provider.kind === 'chrome-built-in' ? provider : { ...provider, baseUrl }))
    : settings.providers;
  let chain = allowedModels ? settings.chain.filter((target) => allowedModels.includes(target.model)) : settings.chain;
  const [firstModel] = allowedModels ?? [];
  const firstProvider = providers.find((provider) => provider.kind !== 'chrome-built-in') ?? providers[0];
  if (chain.length === 0 && firstModel && firstProvider) chain = [{ providerId: firstProvider.id, model: firstModel }];
  return {
    ...settings,
    providers,
    chain,
    allowedSites: policy.allowedSites ?? settings.allowedSites,
    disabledSites: union(settings.disabledSites, policy.blockedSites),
    filter: {
      ...settings.filter,
      mode: policy.filterMode ?? settings.filter.mode,
      words: union(settings.filter.words, policy.filterWords),
      patterns: union(settings.filter.patterns, policy.filterPatterns),
    },
  };
}

// Whether the model is one the organisation allows (every model when it says nothing).
export function isModelAllowed(model: string, policy: ManagedPolicy): boolean {
  return !policy.allowedModels || policy.allowedModels.includes(model.trim());
}
