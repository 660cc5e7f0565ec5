// Owns the settings file: writing it, and reading one back through the migrations and the schema,
// with every problem named by its path so a bad file changes nothing.
import { z } from 'zod';
import { MIGRATIONS } from '../../lib/settings/migrations';
import { SETTINGS_VERSION, SettingsSchema, type Settings } from '../../lib/settings/schema';
import type { IssueLike } from './issue-messages';

export const SETTINGS_FORMAT = 'draftsmith-settings';

const ApiKeysSchema = z.record(z.string().min(1).max(64), z.string().min(1).max(4000));

export function settingsToJson(settings: Settings, apiKeys?: Record<string, string>): string {
  const file = { format: SETTINGS_FORMAT, exportedAt: new Date().toISOString(), settings, ...(apiKeys ? { apiKeys } : {}) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type SettingsRead = { ok: true; settings: Settings; apiKeys: Record<string, string> } | { ok: false; issues: IssueLike[] };

const fail = (path: PropertyKey[], message: string): SettingsRead => ({ ok: false, issues: [{ path, message }] });

// Runs each migration step from the file's version, so files from older releases still import.
function upgrade(stored: Record<string, unknown>): Record<string, unknown> | string {
  const from = stored.version === undefined ? 0 : stored.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0) return 'opt_import_badVersion';
  if (from > SETTINGS_VERSION) return 'opt_import_newerVersion';
  let current = stored;
  for (let version = from; version < SETTINGS_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) return 'opt_import_badVersion';
    current = step(current);
  }
  return current;
}

export function readSettingsFile(text: string): SettingsRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail([], 'opt_import_notJson');
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== SETTINGS_FORMAT) return fail([], 'opt_import_foreign');
  const { settings, apiKeys } = json as { settings?: unknown; apiKeys?: unknown };
  if (!settings || typeof settings !== 'object' || Array.isArray(settings)) return fail(['settings'], 'opt_import_noSettings');
  const upgraded = upgrade(settings as Record<string, unknown>);
  if (typeof upgraded === 'string') return fail(['settings', 'version'], upgraded);
  const parsed = SettingsSchema.safeParse(upgraded);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((issue) => ({ ...issue, path: ['settings', ...issue.path] })) };
  const keys = ApiKeysSchema.optional().safeParse(apiKeys);
  if (!keys.success) return { ok: false, issues: keys.error.issues.map((issue) => ({ ...issue, path: ['apiKeys', ...issue.path] })) };
  // Keys for providers the file does not define are dropped.
  const ids = new Set(parsed.data.providers.map((provider) => provider.id));
  return { ok: true, settings: parsed.data, apiKeys: Object.fromEntries(Object.entries(keys.data ?? {}).filter(([id]) => ids.has(id))) };
}
