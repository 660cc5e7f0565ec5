import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTOCOMPLETE, isAutocompleteOn, withSiteAutocomplete, type AutocompleteSettings } from './autocomplete-schema';

const base: AutocompleteSettings = { ...DEFAULT_AUTOCOMPLETE, sites: {} };

describe('autocomplete site switch', () => {
  it('follows the global switch unless the site overrides it', () => {
    expect(isAutocompleteOn(base, 'https://a.example/x')).toBe(false);
    expect(isAutocompleteOn({ ...base, enabled: true }, 'https://a.example/x')).toBe(true);
    expect(isAutocompleteOn({ ...base, sites: { 'a.example': true } }, 'https://a.example/x')).toBe(true);
    expect(isAutocompleteOn({ ...base, enabled: true, sites: { 'a.example': false } }, 'https://a.example/x')).toBe(false);
    expect(isAutocompleteOn({ ...base, enabled: true }, 'chrome://settings')).toBe(false);
  });

  it('stores an override only where it differs from the global switch', () => {
    const on = withSiteAutocomplete(base, 'a.example', true);
    expect(on.sites).toEqual({ 'a.example': true });
    expect(withSiteAutocomplete(on, 'a.example', false).sites).toEqual({});
  });
});
