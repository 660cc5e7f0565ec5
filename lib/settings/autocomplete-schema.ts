// Owns the shape of the autocomplete settings (ghost-text suggestions as you type) and who they switch on.
import { z } from 'zod';
import { TargetSchema } from './provider-schema';
import { siteKey } from './site-rules';

export const AutocompleteSettingsSchema = z.object({
  // The global switch, off by default: suggestions send what the user types to a model.
  enabled: z.boolean(),
  // The model that suggests; null uses the first target of the fallback chain. The provider id
  // 'chrome-built-in' picks the browser's on-device model even when the chain does not list it.
  target: TargetSchema.nullable(),
  // The popup's per-site switch: true or false here overrides the global switch on that host.
  sites: z.record(z.string().min(1).max(253), z.boolean()),
  // Daily caps; null means no cap of that kind. Counted from local midnight.
  dailyTokenCap: z.number().int().min(100).max(100_000_000).nullable(),
  dailyCostCapUsd: z.number().min(0.01).max(10_000).nullable(),
});
export type AutocompleteSettings = z.infer<typeof AutocompleteSettingsSchema>;

export const DEFAULT_AUTOCOMPLETE = {
  enabled: false,
  target: null,
  sites: {},
  dailyTokenCap: 200_000,
  dailyCostCapUsd: null,
} as const;

// Whether autocomplete runs on this page, before the site rules (which switch off everything) apply.
export function isAutocompleteOn(autocomplete: Pick<AutocompleteSettings, 'enabled' | 'sites'>, url: string): boolean {
  const key = siteKey(url);
  if (key === null) return false;
  return autocomplete.sites[key] ?? autocomplete.enabled;
}

// The popup's switch: an override only where it differs from the global switch, so the list stays short.
export function withSiteAutocomplete(autocomplete: AutocompleteSettings, site: string, on: boolean): AutocompleteSettings {
  const { [site]: _previous, ...others } = autocomplete.sites;
  return { ...autocomplete, sites: on === autocomplete.enabled ? others : { ...others, [site]: on } };
}
