// Owns filling the extension's response cache the way a long-used install has it: `count` stored answers of a
// typical length, written straight into its IndexedDB store (idb-keyval's database and store names, see
// lib/pipeline/idb-store.ts) from an extension page, so the worker reads them at its next start.
import type { BrowserContext } from '@playwright/test';
import { entryBytes, type CacheEntry } from '../../lib/pipeline/cache/cache-entry';

// About a paragraph: the length of an inline answer.
const ANSWER = 'A cached answer of about the length an inline rewrite has, so the stored entries weigh what real ones do. '.repeat(5);
export const SEEDED_ANSWER_CHARS = ANSWER.length;

export async function seedCache(context: BrowserContext, extensionId: string, count: number): Promise<void> {
  const now = Date.now();
  const entries = Array.from({ length: count }, (_, i): [string, CacheEntry] => {
    const fields = { text: ANSWER, model: 'test-model', targetId: 'default/test-model', finishReason: 'stop' as const, createdAt: now, lastUsedAt: now + i };
    return [`seeded-${i}`, { ...fields, bytes: entryBytes(fields) }];
  });
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.evaluate(async (rows) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('draftsmith-cache');
        open.onupgradeneeded = () => open.result.createObjectStore('cache');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('cache', 'readwrite');
        for (const [key, value] of rows) tx.objectStore('cache').put(value, key);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, entries);
  } finally {
    await page.close();
  }
}
