// Owns upgrading stored settings from any older version to the current schema.
// Each step is a small pure function; unreadable input falls back to defaults with a backup.
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsSchema, type Settings } from './schema';

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

// MIGRATIONS[n] turns a version-n object into a version-(n+1) object.
// Version 0 is a settings object written before versions existed (no `version` key).
export const MIGRATIONS: Record<number, Migration> = {
  0: (old) => ({ ...DEFAULT_SETTINGS, ...pickKnown(old), version: 1 }),
};

export interface MigrationResult {
  settings: Settings;
  // Set when what was stored could not be read: kept so nothing the user wrote is lost.
  backup?: unknown;
  migratedFrom?: number;
}

export function migrateSettings(stored: unknown): MigrationResult {
  if (stored === undefined || stored === null) return { settings: DEFAULT_SETTINGS };
  if (typeof stored !== 'object' || Array.isArray(stored)) return { settings: DEFAULT_SETTINGS, backup: stored };
  let current = stored as Record<string, unknown>;
  const from = typeof current.version === 'number' ? current.version : 0;
  if (!Number.isInteger(from) || from < 0 || from > SETTINGS_VERSION) {
    return { settings: DEFAULT_SETTINGS, backup: stored };
  }
  for (let version = from; version < SETTINGS_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) return { settings: DEFAULT_SETTINGS, backup: stored };
    current = step(current);
  }
  const parsed = SettingsSchema.safeParse(current);
  if (!parsed.success) return { settings: DEFAULT_SETTINGS, backup: stored };
  return from === SETTINGS_VERSION ? { settings: parsed.data } : { settings: parsed.data, migratedFrom: from };
}

function pickKnown(old: Record<string, unknown>): Record<string, unknown> {
  const known = Object.keys(DEFAULT_SETTINGS);
  return Object.fromEntries(Object.entries(old).filter(([key]) => known.includes(key) && key !== 'version'));
}
