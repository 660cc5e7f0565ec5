// Owns what the security suite reads to prove a key never leaks and a payload never runs: every store the
// extension can write, the traffic a content script or page receives, and the elements that could run script.
import type { Locator, Page, Worker } from '@playwright/test';
import type { MessageName } from '../../../lib/messaging/protocol';

// Every store the extension can write, serialised: storage.local (minus the one entry that holds keys), sync,
// session, every IndexedDB database of the extension origin (the secrets database too) and CacheStorage.
export async function dumpEveryStore(worker: Worker): Promise<{ keyHome: unknown; rest: string; names: string[] }> {
  return worker.evaluate(async () => {
    const readDatabase = async (name: string) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const stores: Record<string, unknown[]> = {};
      for (const store of Array.from(db.objectStoreNames)) {
        stores[store] = await new Promise<unknown[]>((resolve, reject) => {
          const transaction = db.transaction(store);
          const keys = transaction.objectStore(store).getAllKeys();
          const values = transaction.objectStore(store).getAll();
          transaction.oncomplete = () => resolve([keys.result, values.result]);
          transaction.onerror = () => reject(transaction.error);
        });
      }
      db.close();
      return stores;
    };
    const databases: Record<string, unknown> = {};
    for (const { name } of await indexedDB.databases()) if (name) databases[name] = await readDatabase(name);
    const cacheStorage: Record<string, unknown[]> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      cacheStorage[name] = await Promise.all(
        (await cache.keys()).map(async (request) => ({ url: request.url, body: await (await cache.match(request))?.text() })),
      );
    }
    const { apiKeys, ...local } = await chrome.storage.local.get(null);
    const sync = await chrome.storage.sync.get(null);
    const session = await chrome.storage.session.get(null);
    const rest = JSON.stringify({ local, sync, session, databases, cacheStorage });
    return { keyHome: apiKeys, rest, names: [...Object.keys(databases).map((n) => `idb:${n}`), ...Object.keys(cacheStorage).map((n) => `cache:${n}`)] };
  });
}

// Records, in a content script's world, every reply it gets, every message the background pushes to it and
// every event on every port it opens (the inline panel and the selection card stream through ports).
export const RECORD_TRAFFIC = `(() => {
  if (globalThis.__draftsmithTraffic) return true;
  const log = (globalThis.__draftsmithTraffic = []);
  const runtime = chrome.runtime;
  const connect = runtime.connect.bind(runtime);
  runtime.connect = (...args) => {
    const port = connect(...args);
    log.push({ kind: 'connect', name: port.name });
    port.onMessage.addListener((message) => log.push({ kind: 'port', message }));
    return port;
  };
  const send = runtime.sendMessage.bind(runtime);
  runtime.sendMessage = async (...args) => {
    const reply = await send(...args);
    log.push({ kind: 'reply', request: args[0], reply });
    return reply;
  };
  runtime.onMessage.addListener((message) => {
    log.push({ kind: 'pushed', message });
  });
  return true;
})()`;

export interface TrafficEntry {
  kind: 'connect' | 'port' | 'reply' | 'pushed';
  message?: unknown;
  request?: { type?: string };
  reply?: unknown;
}

// One message in the @webext-core envelope, the way the extension's own pages and scripts send it.
export const sendEnvelope = (type: MessageName, data: unknown, id: number) =>
  `chrome.runtime.sendMessage({ id: ${id}, type: ${JSON.stringify(type)}, data: ${
    data === undefined ? 'undefined' : JSON.stringify(data)
  }, timestamp: Date.now() }).catch((error) => ({ threw: String(error) }))`;

// Elements in a subtree (and, when piercing, the open shadow roots inside it) that could run script:
// script-bearing tags, inline handlers, javascript:/data: URLs. With none present, no handler can fire later.
function findActive(start: Element, pierce: boolean): string[] {
  const found: string[] = [];
  const tags = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'img', 'form', 'meta', 'base', 'details']);
  const visit = (node: Element | ShadowRoot) => {
    for (const element of Array.from(node.querySelectorAll('*'))) {
      const tag = element.tagName.toLowerCase();
      if (tags.has(tag)) found.push(tag);
      for (const attribute of Array.from(element.attributes)) {
        if (/^on/i.test(attribute.name)) found.push(`${tag}[${attribute.name}]`);
        if (/^(href|src|action|formaction|xlink:href|data)$/i.test(attribute.name) && /^\s*(javascript|data):/i.test(attribute.value)) {
          found.push(`${tag}[${attribute.name}]`);
        }
      }
      if (pierce && element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(start);
  return found;
}

// Inside our UI's result region, shadow roots included.
export const activeContentIn = (region: Locator) => region.evaluate(findActive, true);
// In the page's own document, outside our UI's shadow roots (which hold our icons).
export const activeContentInPage = (page: Page) => page.locator('body').evaluate(findActive, false);

// A deterministic "events have had their turn": a control image with a broken src and an onerror that calls the
// page's hook. When the control has fired, any payload image that had made it into the page would have too.
export async function fireControl(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const control = document.createElement('div');
        control.innerHTML = '<img src="x-control" onerror="__xss(\'control\')">';
        control.querySelector('img')?.addEventListener('error', () => {
          control.remove();
          resolve();
        });
        document.body.append(control);
      }),
  );
}
