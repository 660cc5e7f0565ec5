import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SettingsSchema } from './schema';

describe('settings schema', () => {
  it('accepts the defaults', () => {
    expect(SettingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    ['baseUrl', 'api dot example', 'settings_error_baseUrl'],
    ['baseUrl', 'localhost:11434', 'settings_error_baseUrlScheme'],
    ['baseUrl', 'ftp://example.com/v1', 'settings_error_baseUrlScheme'],
    ['model', '   ', 'settings_error_model'],
  ])('rejects %s = %j with an i18n key', (key, value, message) => {
    const result = SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, [key]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it('rejects out-of-range numbers', () => {
    expect(SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, temperature: 3 }).success).toBe(false);
    expect(SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, maxTokens: 0 }).success).toBe(false);
  });
});
