import { describe, expect, it } from 'vitest';
import { applyManagedPolicy, isModelAllowed, parseManagedPolicy } from './managed-policy';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from './schema';

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  providers: [
    ...DEFAULT_SETTINGS.providers,
    { id: 'nano', kind: 'chrome-built-in', name: 'Nano', baseUrl: 'http://localhost/', headers: {}, contextTokens: 6144 },
  ],
  chain: [
    { providerId: 'default', model: 'llama3.2' },
    { providerId: 'nano', model: 'gemini-nano' },
  ],
  allowedSites: ['user.example'],
  disabledSites: ['mine.example'],
};

describe('organisation policy', () => {
  it('reads each key on its own, so one bad value keeps the rest', () => {
    const policy = parseManagedPolicy({
      baseUrl: 'not a url',
      allowedModels: ['gpt-4o-mini'],
      filterMode: 'shout',
      filterPatterns: ['ok\\d+', '(['],
      unknownKey: true,
    });
    expect(policy).toEqual({ allowedModels: ['gpt-4o-mini'], filterPatterns: ['ok\\d+'] });
  });

  it.each([undefined, null, 'x', 42])('reads %j as no policy', (raw) => {
    expect(parseManagedPolicy(raw)).toEqual({});
  });

  it('forces the base URL on network providers only', () => {
    const result = applyManagedPolicy(settings, { baseUrl: 'https://gateway.example/v1' });
    expect(result.providers.map((provider) => provider.baseUrl)).toEqual(['https://gateway.example/v1', 'http://localhost/']);
  });

  it('drops chain targets outside the allowed models, and falls back to the first allowed one', () => {
    expect(applyManagedPolicy(settings, { allowedModels: ['gemini-nano'] }).chain).toEqual([{ providerId: 'nano', model: 'gemini-nano' }]);
    expect(applyManagedPolicy(settings, { allowedModels: ['gpt-4o-mini'] }).chain).toEqual([{ providerId: 'default', model: 'gpt-4o-mini' }]);
    expect(isModelAllowed('llama3.2', { allowedModels: ['gpt-4o-mini'] })).toBe(false);
    expect(isModelAllowed('llama3.2', {})).toBe(true);
  });

  it('replaces allow patterns, adds blocked sites and filter lists, and sets the mode', () => {
    const result = applyManagedPolicy(settings, {
      allowedSites: ['*.corp.example'],
      blockedSites: ['hr.corp.example', 'mine.example'],
      filterMode: 'block',
      filterWords: ['project-x'],
      filterPatterns: ['\\bPX-\\d+\\b'],
    });
    expect(result.allowedSites).toEqual(['*.corp.example']);
    expect(result.disabledSites).toEqual(['mine.example', 'hr.corp.example']);
    expect(result.filter).toMatchObject({ mode: 'block', words: [...DEFAULT_SETTINGS.filter.words, 'project-x'], patterns: ['\\bPX-\\d+\\b'] });
    expect(SettingsSchema.safeParse(result).success).toBe(true);
  });

  it('changes nothing without a policy', () => {
    expect(applyManagedPolicy(settings, {})).toEqual(settings);
  });
});
