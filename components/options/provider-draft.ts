// Owns the editable form of a provider (headers as text) and turning it back into settings.
import { isMessageKey, t } from '../../lib/i18n/t';
import { isModelAllowed, type ManagedPolicy } from '../../lib/settings/managed-policy';
import type { Provider } from '../../lib/settings/provider-schema';
import type { Settings } from '../../lib/settings/schema';
import type { IssueLike } from './issue-messages';
import { PRESETS, type PresetId } from './provider-presets';

export interface ProviderDraft {
  provider: Provider;
  // "Name: value" per line.
  headersText: string;
  // The model of this provider's first target in the fallback chain.
  model: string;
}

export function presetName(id: PresetId): string {
  const { name } = PRESETS[id];
  return isMessageKey(name) ? t(name) : name;
}

export function newProviderId(presetId: PresetId, taken: readonly string[]): string {
  for (let n = 1; ; n++) {
    const id = n === 1 ? presetId : `${presetId}-${n}`;
    if (!taken.includes(id)) return id;
  }
}

export function draftFromPreset(presetId: PresetId, taken: readonly string[]): ProviderDraft {
  const preset = PRESETS[presetId];
  return {
    provider: {
      id: newProviderId(presetId, taken),
      kind: preset.kind,
      name: presetName(presetId),
      baseUrl: preset.baseUrl,
      headers: preset.headers ?? {},
      contextTokens: preset.contextTokens,
      ...(preset.apiVersion ? { apiVersion: preset.apiVersion } : {}),
    },
    headersText: headersToText(preset.headers ?? {}),
    model: preset.model,
  };
}

export function draftOf(provider: Provider, settings: Settings): ProviderDraft {
  return {
    provider,
    headersText: headersToText(provider.headers),
    model: settings.chain.find((target) => target.providerId === provider.id)?.model ?? '',
  };
}

export function headersToText(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
}

// Lines that are not "Name: value" come back by index, for the form to report.
export function parseHeaders(text: string): { headers: Record<string, string>; badLines: number[] } {
  const headers: Record<string, string> = {};
  const badLines: number[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const colon = line.indexOf(':');
    const name = line.slice(0, Math.max(0, colon)).trim();
    if (colon <= 0 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      badLines.push(index);
      return;
    }
    headers[name] = line.slice(colon + 1).trim();
  });
  return { headers, badLines };
}

// The settings with this provider saved: replaced or appended, and its model first in its chain slot.
export function withProvider(settings: Settings, draft: ProviderDraft, headers: Record<string, string>): Settings {
  const provider: Provider = { ...draft.provider, headers };
  const exists = settings.providers.some((p) => p.id === provider.id);
  const providers = exists ? settings.providers.map((p) => (p.id === provider.id ? provider : p)) : [...settings.providers, provider];
  const slot = settings.chain.findIndex((target) => target.providerId === provider.id);
  const target = { providerId: provider.id, model: draft.model.trim() };
  const chain = slot === -1 ? [...settings.chain, target] : settings.chain.map((old, index) => (index === slot ? target : old));
  return { ...settings, providers, chain };
}

// The settings without this provider: its targets, rate limits and moderation choice go with it.
export function withoutProvider(settings: Settings, providerId: string): Settings {
  const { [providerId]: _dropped, ...rateLimits } = settings.rateLimits;
  const moderation = settings.filter.moderation.providerId === providerId ? { enabled: settings.filter.moderation.enabled } : settings.filter.moderation;
  return {
    ...settings,
    providers: settings.providers.filter((provider) => provider.id !== providerId),
    chain: settings.chain.filter((target) => target.providerId !== providerId),
    rateLimits,
    filter: { ...settings.filter, moderation },
  };
}

export interface ProviderCandidate {
  settings: Settings;
  // Checks the schema cannot make: header lines, and the organisation's model list.
  extraIssues: IssueLike[];
  // The URL requests will go to, whose origin needs a permission.
  requestUrl: string;
}

export function providerCandidate(settings: Settings, draft: ProviderDraft, policy: ManagedPolicy): ProviderCandidate {
  const { headers, badLines } = parseHeaders(draft.headersText);
  const forced = policy.baseUrl && draft.provider.kind !== 'chrome-built-in' ? policy.baseUrl : undefined;
  // A locked base URL cannot be typed, so an empty one takes the organisation's.
  const fixed = forced && !draft.provider.baseUrl.trim() ? { ...draft, provider: { ...draft.provider, baseUrl: forced } } : draft;
  const next = withProvider(settings, fixed, headers);
  const providerIndex = next.providers.findIndex((provider) => provider.id === draft.provider.id);
  const chainIndex = next.chain.findIndex((target) => target.providerId === draft.provider.id);
  const extraIssues: IssueLike[] = badLines.map((line) => ({ path: ['providers', providerIndex, 'headers', line], message: 'opt_error_headerLine' }));
  if (draft.model.trim() && !isModelAllowed(draft.model, policy)) {
    extraIssues.push({ path: ['chain', chainIndex, 'model'], message: 'opt_error_modelNotAllowed' });
  }
  return { settings: next, extraIssues, requestUrl: forced ?? fixed.provider.baseUrl };
}
