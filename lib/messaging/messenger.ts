// Owns the typed transport for one-shot messages. Kept apart from the schemas so the
// eager content script can send messages without bundling zod.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol';

export const messenger = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage } = messenger;
