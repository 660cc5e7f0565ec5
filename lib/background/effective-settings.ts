// Owns the settings the background acts on: the user's, Chrome's on-device model on a fresh install,
// then the organisation policy over both.
import { CHROME_BUILT_IN_MODEL, isChromeBuiltInAvailable } from '../providers/chrome-built-in';
import type { ChromeAvailability } from '../providers/chrome-language-model';
import { globalLanguageModel } from '../providers/chrome-language-model';
import { applyManagedPolicy, type ManagedPolicy } from '../settings/managed-policy';
import { loadManagedPolicy } from '../settings/managed-policy-store';
import type { Provider } from '../settings/provider-schema';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { getApiKeys } from '../settings/secret-store';
import { loadSettings } from '../settings/settings-store';

export const BUILT_IN_PROVIDER: Provider = {
  id: 'chrome-built-in',
  kind: 'chrome-built-in',
  name: 'Chrome built-in',
  // Unused by this kind; loopback keeps the permission check quiet.
  baseUrl: 'http://localhost/',
  headers: {},
  contextTokens: 6144,
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// The user has not set up a provider: the default one is untouched and no key is stored.
export function isUnconfigured(settings: Pick<Settings, 'providers' | 'chain'>, storedKeyIds: readonly string[]): boolean {
  return storedKeyIds.length === 0 && same(settings.providers, DEFAULT_SETTINGS.providers) && same(settings.chain, DEFAULT_SETTINGS.chain);
}

export interface SettingsSources {
  settings: Settings;
  storedKeyIds: readonly string[];
  policy: ManagedPolicy;
  builtIn: ChromeAvailability;
}

export function effectiveSettings({ settings, storedKeyIds, policy, builtIn }: SettingsSources): Settings {
  const firstRun = isUnconfigured(settings, storedKeyIds) && builtIn !== 'unavailable';
  const base = firstRun ? { ...settings, providers: [BUILT_IN_PROVIDER], chain: [{ providerId: BUILT_IN_PROVIDER.id, model: CHROME_BUILT_IN_MODEL }] } : settings;
  return applyManagedPolicy(base, policy);
}

// The on-device model is asked about only on a fresh install, the one case its answer changes anything: every
// settings load (each worker start, each change) used to wait on its availability() beside the storage reads.
export async function resolveEffectiveSettings(
  sources: Omit<SettingsSources, 'builtIn'>,
  builtInAvailability: () => Promise<ChromeAvailability>,
): Promise<Settings> {
  const builtIn = isUnconfigured(sources.settings, sources.storedKeyIds) ? await builtInAvailability() : 'unavailable';
  return effectiveSettings({ ...sources, builtIn });
}

export async function loadEffectiveSettings(): Promise<Settings> {
  const [settings, keys, policy] = await Promise.all([loadSettings(), getApiKeys(), loadManagedPolicy()]);
  return resolveEffectiveSettings({ settings, storedKeyIds: Object.keys(keys), policy }, () => isChromeBuiltInAvailable(globalLanguageModel));
}
