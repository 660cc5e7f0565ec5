// Owns keeping the panel's writing choices in storage.local, which content scripts cannot read themselves.
import { browser } from 'wxt/browser';
import { applyPatch, prefsForSite, readStoredPrefs, type WritingPrefs, type WritingPrefsPatch } from '../writing/writing-prefs';

const KEY = 'writingPrefs';

export async function loadWritingPrefs(site: string | null): Promise<WritingPrefs> {
  const stored = readStoredPrefs((await browser.storage.local.get(KEY))[KEY]);
  return prefsForSite(stored, site);
}

export async function saveWritingPrefs(site: string | null, patch: WritingPrefsPatch): Promise<void> {
  const stored = readStoredPrefs((await browser.storage.local.get(KEY))[KEY]);
  await browser.storage.local.set({ [KEY]: applyPatch(stored, site, patch, Date.now()) });
}
