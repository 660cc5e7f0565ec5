// Owns keeping the panel's writing choices in storage.local, which content scripts cannot read themselves.
import { areaStore } from '../storage/area-store';
import { applyPatch, prefsForSite, readStoredPrefs, type WritingPrefs, type WritingPrefsPatch } from '../writing/writing-prefs';

const KEY = 'writingPrefs';
// No prefix: the key predates the store and stays where existing profiles have it.
const local = areaStore<unknown>('local');

export async function loadWritingPrefs(site: string | null): Promise<WritingPrefs> {
  return prefsForSite(readStoredPrefs(await local.get(KEY)), site);
}

export async function saveWritingPrefs(site: string | null, patch: WritingPrefsPatch): Promise<void> {
  const stored = readStoredPrefs(await local.get(KEY));
  await local.set(KEY, applyPatch(stored, site, patch, Date.now()));
}
