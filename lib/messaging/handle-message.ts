// Owns registering a background handler that validates the payload and the sender before it runs.
import { browser } from 'wxt/browser';
import { messenger } from './messenger';
import { MESSAGES, type MessageName, type MessageResponse } from './protocol';
import { classifySender, originOf, type SenderInfo } from './sender';
import type { z } from 'zod';

type Handler<N extends MessageName> = (
  data: z.infer<(typeof MESSAGES)[N]['request']>,
  sender: SenderInfo,
) => Promise<MessageResponse<N>> | MessageResponse<N>;

// Fixed for the life of the worker; parsed once, not for every message and port (a URL parse per call showed in
// the worker's profile in front of each generation's fetch).
let ownOrigin: string | undefined;

export function extensionOrigin(): string {
  ownOrigin ??= originOf(browser.runtime.getURL('/')) ?? '';
  return ownOrigin;
}

export function handleMessage<N extends MessageName>(name: N, handler: Handler<N>): void {
  const spec = MESSAGES[name];
  // The library types each listener by name; validation below is what makes the payload typed.
  const onMessage = messenger.onMessage as (
    type: MessageName,
    listener: (message: { data: unknown; sender: SenderInfo }) => Promise<unknown>,
  ) => void;
  onMessage(name, async (message) => {
    const kind = classifySender(message.sender, browser.runtime.id, extensionOrigin());
    if (!kind || !(spec.from as readonly string[]).includes(kind)) {
      throw new Error(`Refused ${name} from an unknown sender.`);
    }
    const data = spec.request.parse(message.data) as z.infer<(typeof MESSAGES)[N]['request']>;
    return spec.response.parse(await handler(data, message.sender));
  });
}
