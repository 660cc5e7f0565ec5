import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrate0to1, migrate1to2, migrate2to3, migrate3to4, migrate4to5, migrate5to6, migrate6to7, migrateSettings, MIGRATIONS } from './migrations';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsSchema, type Settings } from './schema';

// One frozen example per old version, written by hand from that version's schema in git history (never produced
// by today's migration code). When SETTINGS_VERSION goes up, add the new old version's file and a row below.
const FIXTURES = 'tests/support/settings-fixtures';
type Stored = Record<string, unknown>;
const fixture = (version: number) => JSON.parse(readFileSync(`${FIXTURES}/v${version}.json`, 'utf8')) as Stored;

// What each fixture's user set that must survive every step up to the current version.
const KEPT: Record<number, (settings: Settings) => void> = {
  0: (s) => {
    expect(s.providers).toEqual([expect.objectContaining({ id: 'default', kind: 'openai-compatible', baseUrl: 'https://api.openai.com/v1' })]);
    expect(s.chain).toEqual([{ providerId: 'default', model: 'gpt-4o-mini' }]);
    expect(s.generation).toMatchObject({ systemPrompt: 'Answer in plain English.', maxTokens: 512 });
  },
  1: (s) => {
    expect(s.providers).toEqual([
      expect.objectContaining({ id: 'default', name: 'OpenAI-compatible', baseUrl: 'https://api.deepseek.com/v1', contextTokens: 128_000 }),
    ]);
    expect(s.chain).toEqual([{ providerId: 'default', model: 'deepseek-chat' }]);
    expect(s.generation).toMatchObject({ systemPrompt: 'Be brief.', maxTokens: 300, temperature: 0.2 });
    expect(s.disabledSites).toEqual(['mail.example.com', 'bank.example.org']);
  },
  2: (s) => {
    expect(s.providers.map((p) => p.id)).toEqual(['deepseek', 'claude']);
    expect(s.providers[1]).toMatchObject({ kind: 'anthropic', headers: { 'anthropic-beta': 'prompt-caching-2024-07-31' } });
    expect(s.chain.map((t) => t.model)).toEqual(['deepseek-chat', 'claude-3-5-haiku-latest']);
    expect(s.generation).toEqual({ ...(fixture(2).generation as Stored), transformTemperature: 0.2 });
    expect(s.rateLimits).toEqual({ deepseek: { requestsPerMinute: 60, tokensPerMinute: null } });
    expect(s.filter).toEqual(fixture(2).filter);
    expect(s.snippets).toEqual(fixture(2).snippets);
    expect(s.history).toEqual({ enabled: false, maxEntries: 100 });
    expect(s.templates).toEqual([]);
  },
  3: (s) => {
    expect(s.providers[1]).toMatchObject({ id: 'azure', kind: 'azure-openai', apiVersion: '2024-10-21' });
    expect(s.chain[0]).toEqual({ providerId: 'azure', model: 'gpt-4o' });
    expect(s.cache).toMatchObject({ enabled: false, cacheAnyTemperature: true });
    expect(s.templates).toEqual(fixture(3).templates);
    expect(s.allowedSites).toEqual([]);
  },
  4: (s) => {
    expect(s.providers).toEqual(fixture(4).providers);
    expect(s.generation).toMatchObject({ temperature: 1.1, language: 'de' });
    expect(s.allowedSites).toEqual(['*.example.com', 'intranet.local']);
    expect(s.disabledSites).toEqual(['docs.example.com']);
    expect(s.profiles).toEqual([]);
  },
  5: (s) => {
    expect(s.profiles).toEqual([{ id: 'work', name: 'Work', text: 'Ann Example, ann@example.com, frontend engineer in Berlin' }]);
    expect(s.chain).toEqual([{ providerId: 'gemini', model: 'gemini-2.5-flash' }]);
  },
  6: (s) => {
    expect(s.autocomplete).toEqual({ enabled: true, target: { providerId: 'gemini', model: 'gemini-2.5-flash' }, sites: { 'mail.example.com': false }, dailyTokenCap: 50_000, dailyCostCapUsd: 0.5 });
    expect(s.profiles).toEqual(fixture(5).profiles);
    // Version 7 answers an identical request from the cache at any temperature, and transforms run cool.
    expect(s.cache).toMatchObject({ enabled: true, cacheAnyTemperature: true, maxTemperature: 0.3 });
    expect(s.generation).toMatchObject({ temperature: 1.1, transformTemperature: 0.2, language: 'de' });
  },
  7: (s) => {
    // A user who turned the any-temperature cache off after 7, and chose their own transform temperature, keeps both.
    expect(s.cache).toMatchObject({ cacheAnyTemperature: false, ttlMs: 3_600_000 });
    expect(s.generation).toMatchObject({ temperature: 1.1, transformTemperature: 0.5 });
    expect(s.autocomplete).toEqual(fixture(7).autocomplete);
  },
};
const FROZEN_VERSIONS = Object.keys(KEPT).map(Number);

describe('settings migrations', () => {
  it('has a step for every version below the current one', () => {
    for (let version = 0; version < SETTINGS_VERSION; version++) expect(MIGRATIONS[version]).toBeTypeOf('function');
  });

  it('has a frozen fixture and a row in KEPT for every version up to the current one', () => {
    const files = readdirSync(FIXTURES).filter((name) => /^v\d+\.json$/.test(name)).sort();
    const wanted = Array.from({ length: SETTINGS_VERSION + 1 }, (_, version) => `v${version}.json`).sort();
    expect(files).toEqual(wanted);
    expect(FROZEN_VERSIONS).toEqual(Array.from({ length: SETTINGS_VERSION + 1 }, (_, version) => version));
  });

  it.each(FROZEN_VERSIONS)('the frozen v%i fixture reaches the current version with the user\'s values kept', (version) => {
    const stored = fixture(version);
    const result = migrateSettings(stored);
    expect(result.backup).toBeUndefined();
    expect(result.migratedFrom).toBe(version === SETTINGS_VERSION ? undefined : version);
    expect(result.settings.version).toBe(SETTINGS_VERSION);
    KEPT[version]!(result.settings);
    // Migrating never edits what was read from storage (it stays the backup if a later step fails).
    expect(stored).toEqual(fixture(version));
  });

  it('0 → 1: keeps the known values of a pre-versioned object and drops the rest', () => {
    const v1 = migrate0to1(fixture(0));
    expect(v1).toMatchObject({ version: 1, baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', maxTokens: 512 });
    expect(v1).not.toHaveProperty('theme');
  });

  it('1 → 2: the single endpoint becomes the default provider and the first target', () => {
    const v2 = migrate1to2(fixture(1));
    expect(v2.version).toBe(2);
    expect(v2).not.toHaveProperty('templates');
    expect(Object.keys(v2).sort()).toEqual(Object.keys(fixture(2)).sort());
  });

  it('2 → 3: adds an empty list of user templates and keeps everything else', () => {
    expect(migrate2to3(fixture(2))).toEqual({ ...fixture(2), version: 3, templates: [] });
  });

  it('3 → 4: adds an empty allow list (every site stays allowed) and keeps everything else', () => {
    expect(migrate3to4(fixture(3))).toEqual({ ...fixture(3), version: 4, allowedSites: [] });
  });

  it('4 → 5: adds an empty list of form-fill profiles and keeps everything else', () => {
    expect(migrate4to5(fixture(4))).toEqual({ ...fixture(4), version: 5, profiles: [] });
  });

  it('6 → 7: adds the transform temperature, answers identical requests from the cache at any temperature, keeps the rest', () => {
    const v6 = fixture(6);
    const v7 = migrate6to7(v6);
    const { generation, cache, ...rest } = v7 as { generation: Stored; cache: Stored } & Stored;
    const { generation: oldGeneration, cache: oldCache, ...oldRest } = v6 as { generation: Stored; cache: Stored } & Stored;
    expect(rest).toEqual({ ...oldRest, version: 7 });
    expect(generation).toEqual({ ...oldGeneration, transformTemperature: 0.2 });
    expect(cache).toEqual({ ...oldCache, cacheAnyTemperature: true });
  });

  it('5 → 6: a version-5 object gains autocomplete, off, and keeps everything else', () => {
    const { autocomplete: _notInV5, ...current } = structuredClone(DEFAULT_SETTINGS);
    const v5 = { ...current, version: 5, disabledSites: ['mail.example.com'], profiles: [{ id: 'p1', name: 'Work', text: 'Ann' }] };
    const v6 = migrate5to6(v5);
    expect(v6).toEqual({ ...v5, version: 6, autocomplete: { enabled: false, target: null, sites: {}, dailyTokenCap: 200_000, dailyCostCapUsd: null } });
    const result = migrateSettings(v5);
    expect(result.migratedFrom).toBe(5);
    expect(result.settings.autocomplete.enabled).toBe(false);
    expect(result.settings.profiles).toEqual(v5.profiles);
  });

  it('6: an autocomplete target must name a known provider or the browser\'s own model', () => {
    const withTarget = (providerId: string) => ({ ...DEFAULT_SETTINGS, autocomplete: { ...DEFAULT_SETTINGS.autocomplete, target: { providerId, model: 'm' } } });
    expect(SettingsSchema.safeParse(withTarget('default')).success).toBe(true);
    expect(SettingsSchema.safeParse(withTarget('chrome-built-in')).success).toBe(true);
    expect(SettingsSchema.safeParse(withTarget('nowhere')).success).toBe(false);
  });

  it('5: a profile needs a name and keeps its text short enough for storage.sync', () => {
    const profile = { id: 'p1', name: 'Work', text: 'Ann Example, ann@example.com' };
    expect(SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, profiles: [profile] }).success).toBe(true);
    expect(SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, profiles: [{ ...profile, name: ' ' }] }).success).toBe(false);
    expect(SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, profiles: [{ ...profile, text: 'x'.repeat(2001) }] }).success).toBe(false);
  });

  it('returns defaults without a backup when nothing is stored', () => {
    expect(migrateSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS });
  });

  it('returns current settings unchanged', () => {
    const current = { ...DEFAULT_SETTINGS, disabledSites: ['a.example'] };
    expect(migrateSettings(current)).toEqual({ settings: current });
  });

  it.each([
    ['a string', 'garbage'],
    ['an array', [1, 2]],
    ['a future version', { ...DEFAULT_SETTINGS, version: 99 }],
    ['an invalid current value', { ...DEFAULT_SETTINGS, chain: [] }],
    ['an invalid v1 value', { ...fixture(1), baseUrl: 'not a url' }],
    ['a v3 template without a title', { ...fixture(3), templates: [{ id: 't', title: ' ', prompt: 'Fix it' }] }],
    ['a negative version', { version: -1 }],
  ])('falls back to defaults and keeps a backup for %s', (_name, stored) => {
    const result = migrateSettings(stored);
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.backup).toEqual(stored);
  });
});
