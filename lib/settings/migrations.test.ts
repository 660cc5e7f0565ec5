import { describe, expect, it } from 'vitest';
import { migrate0to1, migrate1to2, migrate2to3, migrate3to4, migrate4to5, migrate5to6, migrateSettings, MIGRATIONS } from './migrations';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsSchema } from './schema';

// Examples of what each older version stored.
const V0_EXAMPLE = { baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', theme: 'dark' };
const V1_EXAMPLE = {
  version: 1,
  baseUrl: 'https://api.deepseek.com/v1',
  model: 'deepseek-chat',
  systemPrompt: 'Be brief.',
  maxTokens: 300,
  temperature: 0.2,
  disabledSites: ['mail.example.com'],
};

describe('settings migrations', () => {
  it('has a step for every version below the current one', () => {
    for (let version = 0; version < SETTINGS_VERSION; version++) expect(MIGRATIONS[version]).toBeTypeOf('function');
  });

  it('0 → 1: keeps the known values of a pre-versioned object and drops the rest', () => {
    const v1 = migrate0to1(V0_EXAMPLE);
    expect(v1).toMatchObject({ version: 1, baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', maxTokens: 512 });
    expect(v1).not.toHaveProperty('theme');
  });

  it('1 → 2: the single endpoint becomes the default provider and the first target', () => {
    const v2 = migrate1to2(V1_EXAMPLE);
    expect(v2.version).toBe(2);
    expect(v2).not.toHaveProperty('templates');
    const parsed = SettingsSchema.parse(migrate5to6(migrate4to5(migrate3to4(migrate2to3(v2)))));
    expect(parsed.providers).toEqual([
      expect.objectContaining({ id: 'default', kind: 'openai-compatible', baseUrl: 'https://api.deepseek.com/v1' }),
    ]);
    expect(parsed.chain).toEqual([{ providerId: 'default', model: 'deepseek-chat' }]);
    expect(parsed.generation).toMatchObject({ systemPrompt: 'Be brief.', maxTokens: 300, temperature: 0.2 });
    expect(parsed.disabledSites).toEqual(['mail.example.com']);
  });

  it('2 → 3: adds an empty list of user templates and keeps everything else', () => {
    const v2 = { ...migrate1to2(V1_EXAMPLE), snippets: [{ id: 's', title: 'Sig', text: 'Best, Ann', keywords: ['sign'] }] };
    const v3 = migrate2to3(v2);
    expect(v3).toEqual({ ...v2, version: 3, templates: [] });
    expect(SettingsSchema.safeParse(migrate5to6(migrate4to5(migrate3to4(v3)))).success).toBe(true);
  });

  it('3 → 4: adds an empty allow list (every site stays allowed) and keeps everything else', () => {
    const v3 = { ...migrate2to3(migrate1to2(V1_EXAMPLE)), templates: [{ id: 't', title: 'Fix', prompt: 'Fix {{selection}}' }] };
    const v4 = migrate3to4(v3);
    expect(v4).toEqual({ ...v3, version: 4, allowedSites: [] });
    expect(SettingsSchema.parse(migrate5to6(migrate4to5(v4))).disabledSites).toEqual(['mail.example.com']);
  });

  it('4 → 5: adds an empty list of form-fill profiles and keeps everything else', () => {
    const v4 = { ...migrate3to4(migrate2to3(migrate1to2(V1_EXAMPLE))), allowedSites: ['*.example.com'] };
    const v5 = migrate4to5(v4);
    expect(v5).toEqual({ ...v4, version: 5, profiles: [] });
    const parsed = SettingsSchema.parse(migrate5to6(v5));
    expect(parsed.profiles).toEqual([]);
    expect(parsed.allowedSites).toEqual(['*.example.com']);
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

  it('runs every step from version 0 to the current version', () => {
    const result = migrateSettings(V0_EXAMPLE);
    expect(result.migratedFrom).toBe(0);
    expect(result.backup).toBeUndefined();
    expect(result.settings.chain).toEqual([{ providerId: 'default', model: 'gpt-4o-mini' }]);
    expect(result.settings.providers[0]?.baseUrl).toBe('https://api.openai.com/v1');
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
    ['an invalid v1 value', { ...V1_EXAMPLE, baseUrl: 'not a url' }],
    ['a negative version', { version: -1 }],
  ])('falls back to defaults and keeps a backup for %s', (_name, stored) => {
    const result = migrateSettings(stored);
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.backup).toEqual(stored);
  });
});
