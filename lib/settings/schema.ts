// Owns the shape of the user's non-secret settings: the one zod schema and its type.
import { z } from 'zod';
import {
  BatchingPolicySchema,
  BreakerPolicySchema,
  CachePolicySchema,
  FilterPolicySchema,
  GenerationPolicySchema,
  PriceSchema,
  RateLimitPolicySchema,
  RetryPolicySchema,
  SnippetSchema,
  UserTemplateSchema,
} from './policy-schemas';
import { ProviderSchema, TargetSchema } from './provider-schema';
import { SitePatternSchema } from './site-pattern';
import { MAX_PROFILES, ProfileSchema } from './profile-schema';
import { DEFAULT_SETTINGS_VALUE } from './defaults';
import { AutocompleteSettingsSchema } from './autocomplete-schema';

export const SETTINGS_VERSION = 7;

export const SettingsSchema = z
  .object({
    version: z.literal(SETTINGS_VERSION),
    providers: z.array(ProviderSchema).min(1).max(20),
    // Ordered fallback chain: the first target that can answer does.
    chain: z.array(TargetSchema).min(1).max(10),
    generation: GenerationPolicySchema,
    retry: RetryPolicySchema,
    breaker: BreakerPolicySchema,
    rateLimits: z.record(z.string(), RateLimitPolicySchema),
    batching: BatchingPolicySchema,
    cache: CachePolicySchema,
    filter: FilterPolicySchema,
    prices: z.record(z.string().max(200), PriceSchema),
    snippets: z.array(SnippetSchema).max(500),
    templates: z.array(UserTemplateSchema).max(100),
    history: z.object({ enabled: z.boolean(), maxEntries: z.number().int().min(10).max(10_000) }),
    disabledSites: z.array(z.string().min(1).max(253)).max(1000),
    // When not empty, Draftsmith runs only on sites matching one of these patterns (site-rules.ts).
    allowedSites: z.array(SitePatternSchema).max(1000),
    // Facts the popup's form fill may use, one profile chosen per fill.
    profiles: z.array(ProfileSchema).max(MAX_PROFILES),
    // Ghost-text suggestions as the user types.
    autocomplete: AutocompleteSettingsSchema,
  })
  .superRefine((settings, ctx) => {
    const ids = new Set(settings.providers.map((provider) => provider.id));
    settings.chain.forEach((target, index) => {
      if (!ids.has(target.providerId)) {
        ctx.addIssue({ code: 'custom', path: ['chain', index, 'providerId'], message: 'settings_error_unknownProvider' });
      }
    });
    const suggester = settings.autocomplete.target;
    if (suggester && suggester.providerId !== 'chrome-built-in' && !ids.has(suggester.providerId)) {
      ctx.addIssue({ code: 'custom', path: ['autocomplete', 'target', 'providerId'], message: 'settings_error_unknownProvider' });
    }
    settings.filter.patterns.forEach((pattern, index) => {
      try {
        new RegExp(pattern, 'u');
      } catch {
        // The RegExp constructor is the only complete check of a pattern's syntax.
        ctx.addIssue({ code: 'custom', path: ['filter', 'patterns', index], message: 'settings_error_pattern' });
      }
    });
  });

export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse(DEFAULT_SETTINGS_VALUE);
