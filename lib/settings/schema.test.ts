import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SettingsSchema } from './schema';

const withProvider = (patch: Record<string, unknown>) => ({
  ...DEFAULT_SETTINGS,
  providers: [{ ...DEFAULT_SETTINGS.providers[0], ...patch }],
});

describe('settings schema', () => {
  it('accepts the defaults', () => {
    expect(SettingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    ['api dot example', 'settings_error_baseUrl'],
    ['localhost:11434', 'settings_error_baseUrlScheme'],
    ['ftp://example.com/v1', 'settings_error_baseUrlScheme'],
  ])('rejects base URL %j with an i18n key', (baseUrl, message) => {
    const result = SettingsSchema.safeParse(withProvider({ baseUrl }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it('rejects an empty model, a chain to an unknown provider and a broken pattern', () => {
    const messages = (value: unknown) => SettingsSchema.safeParse(value).error?.issues.map((issue) => issue.message);
    expect(messages({ ...DEFAULT_SETTINGS, chain: [{ providerId: 'default', model: ' ' }] })).toContain('settings_error_model');
    expect(messages({ ...DEFAULT_SETTINGS, chain: [{ providerId: 'nope', model: 'm' }] })).toContain('settings_error_unknownProvider');
    expect(messages({ ...DEFAULT_SETTINGS, filter: { ...DEFAULT_SETTINGS.filter, patterns: ['(['] } })).toContain('settings_error_pattern');
  });

  it('rejects out-of-range numbers', () => {
    const generation = (patch: object) => ({ ...DEFAULT_SETTINGS, generation: { ...DEFAULT_SETTINGS.generation, ...patch } });
    expect(SettingsSchema.safeParse(generation({ temperature: 3 })).success).toBe(false);
    expect(SettingsSchema.safeParse(generation({ maxTokens: 0 })).success).toBe(false);
  });
});
