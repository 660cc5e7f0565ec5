import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { readSettingsFile, settingsToJson } from './settings-file';

const messages = (text: string) => {
  const read = readSettingsFile(text);
  return read.ok ? [] : read.issues.map((issue) => `${[...(typeof issue.path === 'string' ? [issue.path] : issue.path)].join('.')}: ${issue.message}`);
};

describe('settings file', () => {
  it('reads back what it wrote, keys included', () => {
    const read = readSettingsFile(settingsToJson(DEFAULT_SETTINGS, { default: 'sk-1', gone: 'sk-2' }));
    expect(read).toEqual({ ok: true, settings: DEFAULT_SETTINGS, apiKeys: { default: 'sk-1' } });
  });

  it('upgrades a file written by an older version', () => {
    const v1 = { version: 1, baseUrl: 'https://api.deepseek.com/v1', model: 'deepseek-chat', systemPrompt: 'Be brief.', maxTokens: 300, temperature: 0.2, disabledSites: [] };
    const read = readSettingsFile(JSON.stringify({ format: 'draftsmith-settings', settings: v1 }));
    expect(read.ok && read.settings.chain).toEqual([{ providerId: 'default', model: 'deepseek-chat' }]);
  });

  it.each([
    ['not JSON', '{ nope', [': opt_import_notJson']],
    ['another app', JSON.stringify({ theme: 'dark' }), [': opt_import_foreign']],
    ['no settings', JSON.stringify({ format: 'draftsmith-settings' }), ['settings: opt_import_noSettings']],
    ['a newer version', JSON.stringify({ format: 'draftsmith-settings', settings: { ...DEFAULT_SETTINGS, version: 99 } }), ['settings.version: opt_import_newerVersion']],
  ])('rejects %s', (_name, text, expected) => {
    expect(messages(text)).toEqual(expected);
  });

  it('names the path of each invalid value', () => {
    const bad = { ...DEFAULT_SETTINGS, chain: [{ providerId: 'default', model: '' }], generation: { ...DEFAULT_SETTINGS.generation, temperature: 9 } };
    const found = messages(JSON.stringify({ format: 'draftsmith-settings', settings: bad }));
    expect(found).toContain('settings.chain.0.model: settings_error_model');
    expect(found.some((line) => line.startsWith('settings.generation.temperature: '))).toBe(true);
  });
});
