// Owns reading and writing settings in storage.sync, with migration and a backup of unreadable data.
import { browser } from 'wxt/browser';
import { migrateSettings } from './migrations';
import { SettingsSchema, type Settings } from './schema';

const SETTINGS_KEY = 'settings';
const BACKUP_KEY = 'settingsBackup';

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
  const result = migrateSettings(stored);
  if (result.backup !== undefined) {
    await browser.storage.local.set({ [BACKUP_KEY]: { at: Date.now(), value: result.backup } });
  }
  if (result.backup !== undefined || result.migratedFrom !== undefined) {
    await browser.storage.sync.set({ [SETTINGS_KEY]: result.settings });
  }
  return result.settings;
}

export async function saveSettings(next: unknown): Promise<Settings> {
  const settings = SettingsSchema.parse(next);
  await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
  return settings;
}
