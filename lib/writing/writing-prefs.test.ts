import { describe, expect, it } from 'vitest';
import { applyPatch, EMPTY_PREFS, MAX_REMEMBERED_SITES, prefsForSite, readStoredPrefs } from './writing-prefs';

describe('writing prefs', () => {
  it('remembers the style per site and the language for all', () => {
    let stored = applyPatch(EMPTY_PREFS, 'a.example', { style: { tone: 'formal', length: 'shorter' } }, 1);
    stored = applyPatch(stored, 'b.example', { language: 'ja' }, 2);
    expect(prefsForSite(stored, 'a.example')).toEqual({ style: { tone: 'formal', length: 'shorter' }, language: 'ja' });
    expect(prefsForSite(stored, 'b.example')).toEqual({ style: { tone: 'neutral', length: 'as-is' }, language: 'ja' });
  });

  it('forgets the least recently changed sites beyond the limit', () => {
    let stored = EMPTY_PREFS;
    for (let i = 0; i <= MAX_REMEMBERED_SITES; i += 1) stored = applyPatch(stored, `s${i}.example`, { style: { tone: 'casual', length: 'as-is' } }, i);
    expect(Object.keys(stored.sites)).toHaveLength(MAX_REMEMBERED_SITES);
    expect(stored.sites['s0.example']).toBeUndefined();
  });

  it('reads a damaged record as no choices', () => {
    expect(readStoredPrefs({ version: 9, sites: 'x' })).toEqual(EMPTY_PREFS);
    expect(readStoredPrefs(undefined)).toEqual(EMPTY_PREFS);
  });
});
