import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { BUILT_IN_PROVIDER, effectiveSettings, isUnconfigured, resolveEffectiveSettings } from './effective-settings';

const configured: Settings = { ...DEFAULT_SETTINGS, chain: [{ providerId: 'default', model: 'qwen2.5' }] };

describe('effective settings', () => {
  it('counts a fresh install as unconfigured, and a stored key or a changed chain as configured', () => {
    expect(isUnconfigured(DEFAULT_SETTINGS, [])).toBe(true);
    expect(isUnconfigured(DEFAULT_SETTINGS, ['default'])).toBe(false);
    expect(isUnconfigured(configured, [])).toBe(false);
  });

  it('uses the on-device model on a fresh install when the browser has it', () => {
    const result = effectiveSettings({ settings: DEFAULT_SETTINGS, storedKeyIds: [], policy: {}, builtIn: 'downloadable' });
    expect(result.providers).toEqual([BUILT_IN_PROVIDER]);
    expect(result.chain).toEqual([{ providerId: BUILT_IN_PROVIDER.id, model: 'gemini-nano' }]);
  });

  it.each([
    ['no on-device model', DEFAULT_SETTINGS, 'unavailable'],
    ['a configured chain', configured, 'available'],
  ] as const)('keeps the user settings with %s', (_name, settings, builtIn) => {
    expect(effectiveSettings({ settings, storedKeyIds: [], policy: {}, builtIn })).toEqual(settings);
  });

  it("asks for the on-device model's availability only on a fresh install", async () => {
    const availability = vi.fn(async () => 'available' as const);
    const kept = await resolveEffectiveSettings({ settings: configured, storedKeyIds: [], policy: {} }, availability);
    expect(kept).toEqual(configured);
    await resolveEffectiveSettings({ settings: DEFAULT_SETTINGS, storedKeyIds: ['default'], policy: {} }, availability);
    expect(availability).not.toHaveBeenCalled();
    const fresh = await resolveEffectiveSettings({ settings: DEFAULT_SETTINGS, storedKeyIds: [], policy: {} }, availability);
    expect(availability).toHaveBeenCalledTimes(1);
    expect(fresh.chain).toEqual([{ providerId: BUILT_IN_PROVIDER.id, model: 'gemini-nano' }]);
  });

  it('lays the organisation policy over the user settings', () => {
    const result = effectiveSettings({
      settings: configured,
      storedKeyIds: ['default'],
      policy: { baseUrl: 'https://gateway.example/v1', allowedModels: ['gpt-4o-mini'], blockedSites: ['bank.example'], filterWords: ['secret'] },
      builtIn: 'unavailable',
    });
    expect(result.providers[0]?.baseUrl).toBe('https://gateway.example/v1');
    expect(result.chain).toEqual([{ providerId: 'default', model: 'gpt-4o-mini' }]);
    expect(result.disabledSites).toEqual(['bank.example']);
    expect(result.filter.words).toEqual([...DEFAULT_SETTINGS.filter.words, 'secret']);
  });
});
