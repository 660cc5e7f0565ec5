import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { SettingsSchema, DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { errorAt, issueMessages } from './issue-messages';

describe('issue messages', () => {
  // The fake browser has no catalogue: a key with its substitutions stands in for the sentence.
  beforeEach(() => {
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) => (key.startsWith('opt_') || key.startsWith('settings_') ? `${key}(${[subs ?? []].flat().join('|')})` : ''));
  });

  it('explains each kind of schema problem, keyed by its path', () => {
    const bad = {
      ...DEFAULT_SETTINGS,
      chain: [{ providerId: 'default', model: '' }],
      generation: { ...DEFAULT_SETTINGS.generation, maxTokens: 0, temperature: Number.NaN, conciseWords: 7.5 },
    };
    const errors = issueMessages(SettingsSchema.safeParse(bad).error?.issues ?? []);
    expect(errors).toMatchObject({
      'chain.0.model': 'settings_error_model()',
      'generation.maxTokens': 'opt_error_min(1)',
      'generation.temperature': 'opt_error_number()',
      'generation.conciseWords': 'opt_error_integer()',
    });
    expect(errorAt(errors, 'generation.language')).toBeUndefined();
  });

  it('names the line of a bad item in a list field', () => {
    const bad = { ...DEFAULT_SETTINGS, filter: { ...DEFAULT_SETTINGS.filter, patterns: ['ok', '(['] } };
    const errors = issueMessages(SettingsSchema.safeParse(bad).error?.issues ?? []);
    expect(errorAt(errors, 'filter.patterns')).toBe('opt_error_line(2|settings_error_pattern())');
  });
});
