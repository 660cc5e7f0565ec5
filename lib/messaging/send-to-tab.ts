// Owns the background's one-shot messages to the content scripts of a tab, in @webext-core/messaging's wire
// format ({ id, type, data, timestamp } out, { res } or { err } back), which their handlers answer in.
// webext-core 4.0 sends these with a callback that never reads runtime.lastError, so each message to a tab without
// our content script (the options page, a browser page, a tab opened before the install) logged "Unchecked
// runtime.lastError: Could not establish connection" as an error of the extension, listed on chrome://extensions.
// The promise form of tabs.sendMessage rejects with that error instead, for the caller to expect.
import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { ProtocolMap } from './protocol';

export type TabTarget = number | { tabId: number; frameId?: number };

let nextId = Math.floor(Math.random() * 10_000);

export async function sendToTab<K extends keyof ProtocolMap>(type: K, data: GetDataType<ProtocolMap[K]>, target: TabTarget): Promise<GetReturnType<ProtocolMap[K]>> {
  const { tabId, frameId } = typeof target === 'number' ? { tabId: target, frameId: undefined } : target;
  const message = { id: nextId++, type, data, timestamp: Date.now() };
  const reply: unknown = await (frameId === undefined ? browser.tabs.sendMessage(tabId, message) : browser.tabs.sendMessage(tabId, message, { frameId }));
  const { res, err } = (typeof reply === 'object' && reply !== null ? reply : {}) as { res?: unknown; err?: { message?: unknown } };
  if (err !== undefined && err !== null) throw new Error(typeof err.message === 'string' ? err.message : `${type} failed in the tab.`);
  // No listener answered (a frame whose content script has not loaded the handler): the same as no receiver.
  if (!(typeof reply === 'object' && reply !== null && 'res' in reply)) throw new Error(`No answer to ${type} from the tab.`);
  // The reply comes from a page's process; callers that read it check it against the message's schema.
  return res as GetReturnType<ProtocolMap[K]>;
}
