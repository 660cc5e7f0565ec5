// Owns the background's one-shot messages to the content scripts of a tab, in @webext-core/messaging's wire
// format (wire-format.ts), which their handlers answer in.
// webext-core 4.0 sends these with a callback that never reads runtime.lastError, so each message to a tab without
// our content script (the options page, a browser page, a tab opened before the install) logged "Unchecked
// runtime.lastError: Could not establish connection" as an error of the extension, listed on chrome://extensions.
// The promise form of tabs.sendMessage rejects with that error instead, for the caller to expect.
import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { ProtocolMap } from './protocol';
import { readWireReply, wireMessage } from './wire-format';

export type TabTarget = number | { tabId: number; frameId?: number };

export async function sendToTab<K extends keyof ProtocolMap>(type: K, data: GetDataType<ProtocolMap[K]>, target: TabTarget): Promise<GetReturnType<ProtocolMap[K]>> {
  const { tabId, frameId } = typeof target === 'number' ? { tabId: target, frameId: undefined } : target;
  const message = wireMessage(type, data);
  const reply: unknown = await (frameId === undefined ? browser.tabs.sendMessage(tabId, message) : browser.tabs.sendMessage(tabId, message, { frameId }));
  // No listener answered (a frame whose content script has not loaded the handler): the same as no receiver.
  // The reply comes from a page's process; callers that read it check it against the message's schema.
  return readWireReply(reply, `No answer to ${type} from the tab.`) as GetReturnType<ProtocolMap[K]>;
}
