import { describe, expect, it } from 'vitest';
import { migrateSettings, MIGRATIONS } from './migrations';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsSchema } from './schema';

describe('settings migrations', () => {
  it('has a step for every version below the current one', () => {
    for (let version = 0; version < SETTINGS_VERSION; version++) expect(MIGRATIONS[version]).toBeTypeOf('function');
  });

  it('0 → 1: keeps the known values of a pre-versioned object and fills the rest', () => {
    const v0 = { baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', theme: 'dark' };
    const result = migrateSettings(v0);
    expect(result.migratedFrom).toBe(0);
    expect(result.backup).toBeUndefined();
    expect(result.settings).toEqual({ ...DEFAULT_SETTINGS, baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini' });
    expect(SettingsSchema.safeParse(result.settings).success).toBe(true);
  });

  it('returns defaults without a backup when nothing is stored', () => {
    expect(migrateSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS });
  });

  it('returns current settings unchanged', () => {
    const current = { ...DEFAULT_SETTINGS, model: 'qwen2.5' };
    expect(migrateSettings(current)).toEqual({ settings: current });
  });

  it.each([
    ['a string', 'garbage'],
    ['an array', [1, 2]],
    ['a future version', { ...DEFAULT_SETTINGS, version: 99 }],
    ['an invalid value', { ...DEFAULT_SETTINGS, baseUrl: 'not a url' }],
    ['a negative version', { version: -1 }],
  ])('falls back to defaults and keeps a backup for %s', (_name, stored) => {
    const result = migrateSettings(stored);
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.backup).toEqual(stored);
  });
});
