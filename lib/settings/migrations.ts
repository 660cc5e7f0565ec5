// Owns upgrading stored settings from any older version to the current schema.
// Each step is a small pure function; unreadable input falls back to defaults with a backup.
import { DEFAULT_AUTOCOMPLETE } from './autocomplete-schema';
import { DEFAULT_SETTINGS_VALUE, DEFAULT_PROVIDER_ID } from './defaults';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsSchema, type Settings } from './schema';

type Stored = Record<string, unknown>;
type Migration = (old: Stored) => Stored;

// Version 1 as it shipped: one OpenAI-compatible endpoint, flat fields.
const V1_DEFAULTS = {
  version: 1,
  baseUrl: 'http://localhost:11434/v1',
  model: 'llama3.2',
  systemPrompt: DEFAULT_SETTINGS_VALUE.generation.systemPrompt,
  maxTokens: 512,
  temperature: 0.7,
  disabledSites: [] as string[],
};

// Version 2 as it shipped: everything of version 3 but the user's templates (and later fields).
const { templates: _notInV2, allowedSites: _notInV3, profiles: _notInV4, autocomplete: _notInV5, ...V2_REST } = structuredClone(DEFAULT_SETTINGS_VALUE);
const V2_DEFAULTS = { ...V2_REST, version: 2 };

// Version 0: a settings object written before versions existed (no `version` key).
export function migrate0to1(old: Stored): Stored {
  const known = Object.entries(old).filter(([key]) => key in V1_DEFAULTS && key !== 'version');
  return { ...V1_DEFAULTS, ...Object.fromEntries(known), version: 1 };
}

// Version 2: providers and a fallback chain instead of one endpoint; policies grouped.
export function migrate1to2(old: Stored): Stored {
  const v1 = { ...V1_DEFAULTS, ...old };
  const baseUrl = String(v1.baseUrl);
  return {
    ...V2_DEFAULTS,
    version: 2,
    providers: [
      {
        id: DEFAULT_PROVIDER_ID,
        kind: 'openai-compatible',
        name: baseUrl.includes(':11434') ? 'Ollama' : 'OpenAI-compatible',
        baseUrl,
        headers: {},
        contextTokens: baseUrl.includes(':11434') ? 8192 : 128_000,
      },
    ],
    chain: [{ providerId: DEFAULT_PROVIDER_ID, model: v1.model }],
    generation: {
      ...V2_DEFAULTS.generation,
      systemPrompt: v1.systemPrompt,
      maxTokens: v1.maxTokens,
      temperature: v1.temperature,
    },
    disabledSites: v1.disabledSites,
  };
}

// Version 3: the user's own prompt templates.
export function migrate2to3(old: Stored): Stored {
  return { ...old, version: 3, templates: [] };
}

// Version 4: site allow patterns (an empty list allows every site, as before).
export function migrate3to4(old: Stored): Stored {
  return { ...old, version: 4, allowedSites: [] };
}

// Version 5: form-fill profiles (none until the user writes one).
export function migrate4to5(old: Stored): Stored {
  return { ...old, version: 5, profiles: [] };
}

// Version 6: autocomplete as you type, off (with its default daily cap) until the user switches it on.
export function migrate5to6(old: Stored): Stored {
  return { ...old, version: 6, autocomplete: structuredClone(DEFAULT_AUTOCOMPLETE) };
}

// Version 7: a low temperature for requests that transform given text, and an identical request answered from
// the cache at any temperature. Before 7 the cache switch was off by default and nothing in the UI could have
// set it off on purpose, so it is switched on; the answer is marked "from the cache" with Regenerate beside it.
export function migrate6to7(old: Stored): Stored {
  const generation = { ...(old.generation as Stored | undefined), transformTemperature: DEFAULT_SETTINGS_VALUE.generation.transformTemperature };
  const cache = { ...(old.cache as Stored | undefined), cacheAnyTemperature: true };
  return { ...old, version: 7, generation, cache };
}

// MIGRATIONS[n] turns a version-n object into a version-(n+1) object.
export const MIGRATIONS: Record<number, Migration> = {
  0: migrate0to1,
  1: migrate1to2,
  2: migrate2to3,
  3: migrate3to4,
  4: migrate4to5,
  5: migrate5to6,
  6: migrate6to7,
};

export interface MigrationResult {
  settings: Settings;
  // Set when what was stored could not be read: kept so nothing the user wrote is lost.
  backup?: unknown;
  migratedFrom?: number;
}

export function migrateSettings(stored: unknown): MigrationResult {
  if (stored === undefined || stored === null) return { settings: DEFAULT_SETTINGS };
  if (typeof stored !== 'object' || Array.isArray(stored)) return { settings: DEFAULT_SETTINGS, backup: stored };
  let current = stored as Stored;
  const from = typeof current.version === 'number' ? current.version : 0;
  if (!Number.isInteger(from) || from < 0 || from > SETTINGS_VERSION) {
    return { settings: DEFAULT_SETTINGS, backup: stored };
  }
  for (let version = from; version < SETTINGS_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) return { settings: DEFAULT_SETTINGS, backup: stored };
    current = step(current);
  }
  const parsed = SettingsSchema.safeParse(current);
  if (!parsed.success) return { settings: DEFAULT_SETTINGS, backup: stored };
  return from === SETTINGS_VERSION ? { settings: parsed.data } : { settings: parsed.data, migratedFrom: from };
}
