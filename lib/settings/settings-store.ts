// Owns reading and writing settings in storage.sync, with migration and a backup of unreadable data.
import { areaStore } from '../storage/area-store';
import { migrateSettings } from './migrations';
import { SettingsSchema, type Settings } from './schema';
import { markStartup } from '../diagnostics/startup-marks';

const SETTINGS_KEY = 'settings';
const BACKUP_KEY = 'settingsBackup';
const sync = areaStore<unknown>('sync');
const local = areaStore<unknown>('local');

export async function loadSettings(): Promise<Settings> {
  const stored = await sync.get(SETTINGS_KEY);
  const result = migrateSettings(stored);
  if (result.backup !== undefined) {
    await local.set(BACKUP_KEY, { at: Date.now(), value: result.backup });
  }
  if (result.backup !== undefined || result.migratedFrom !== undefined) {
    await sync.set(SETTINGS_KEY, result.settings);
  }
  markStartup('settings');
  return result.settings;
}

export async function saveSettings(next: unknown): Promise<Settings> {
  const settings = SettingsSchema.parse(next);
  await sync.set(SETTINGS_KEY, settings);
  return settings;
}
