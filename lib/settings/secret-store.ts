// Owns API keys: kept where content scripts cannot read them, and read only by the background.
// Chrome: storage.local with its access level set to trusted contexts.
// Firefox has no access levels for storage.local, so keys live in the extension origin's IndexedDB.
import { browser } from 'wxt/browser';
import { createStore, get, set } from 'idb-keyval';
import { diagnose } from '../diagnostics/diagnostics-log';
import { areaStore } from '../storage/area-store';

const KEYS_KEY = 'apiKeys';
export const DEFAULT_PROVIDER_ID = 'default';
const USE_INDEXED_DB = import.meta.env.BROWSER === 'firefox';
const localArea = areaStore<unknown>('local');

// Chrome lets content scripts read storage.local unless told otherwise (an access rule, not a read or write,
// so it talks to the area itself).
export async function restrictSecretsToTrustedContexts(): Promise<void> {
  const local = browser.storage.local as typeof browser.storage.local & {
    setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void>;
  };
  await local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(diagnose('secrets', 'restrict storage.local to trusted contexts'));
}

let idbStore: ReturnType<typeof createStore> | undefined;
const secretsDb = () => (idbStore ??= createStore('draftsmith-secrets', 'keys'));

// Only the background reads or writes keys, so a copy in its memory stays true; it saves a storage
// read on every request. A write from elsewhere (a test, devtools) clears it.
let cached: Promise<Record<string, string>> | null = null;
if (!USE_INDEXED_DB) {
  browser.storage?.onChanged?.addListener((changes, area) => {
    if (area === 'local' && KEYS_KEY in changes) cached = null;
  });
}

function readKeys(): Promise<Record<string, string>> {
  cached ??= loadKeys().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached.then((keys) => ({ ...keys }));
}

async function loadKeys(): Promise<Record<string, string>> {
  const stored: unknown = USE_INDEXED_DB ? await get(KEYS_KEY, secretsDb()) : await localArea.get(KEYS_KEY);
  if (!stored || typeof stored !== 'object') return {};
  return Object.fromEntries(
    Object.entries(stored as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

async function writeKeys(keys: Record<string, string>): Promise<void> {
  if (USE_INDEXED_DB) await set(KEYS_KEY, keys, secretsDb());
  else await localArea.set(KEYS_KEY, keys);
  cached = Promise.resolve({ ...keys });
}

export async function getApiKey(providerId = DEFAULT_PROVIDER_ID): Promise<string> {
  return (await readKeys())[providerId] ?? '';
}

// Every stored key by provider id: for the background only (export, first-run check), never sent to a page unasked.
export function getApiKeys(): Promise<Record<string, string>> {
  return readKeys();
}

export async function setApiKey(key: string, providerId = DEFAULT_PROVIDER_ID): Promise<void> {
  const keys = await readKeys();
  if (key) keys[providerId] = key;
  else delete keys[providerId];
  await writeKeys(keys);
}
