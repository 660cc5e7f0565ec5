// Owns talking to a target Playwright gives no handle for (the extension's service worker) over the DevTools
// protocol: attach through a browser session without flattening and relay messages by hand. Used by the bench
// and the e2e tests.
import type { CDPSession } from '@playwright/test';
import { z } from 'zod';

const ReplySchema = z.object({ id: z.number(), result: z.unknown().optional(), error: z.object({ message: z.string() }).optional() });

export interface TargetSession {
  send<T>(method: string, params?: Record<string, unknown>): Promise<T>;
  detach(): Promise<void>;
}

export async function findServiceWorker(browserSession: CDPSession, urlPart: string): Promise<string | null> {
  const { targetInfos } = await browserSession.send('Target.getTargets');
  return targetInfos.find((target) => target.type === 'service_worker' && target.url.includes(urlPart))?.targetId ?? null;
}

const EventSchema = z.object({ method: z.string(), params: z.record(z.string(), z.unknown()).optional() });

// `onEvent` hears the target's protocol events (Log.entryAdded once Log is enabled, and so on).
export async function attachToTarget(
  browserSession: CDPSession,
  targetId: string,
  onEvent?: (method: string, params: Record<string, unknown>) => void,
): Promise<TargetSession> {
  const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId, flatten: false });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  const onMessage = (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message: unknown = JSON.parse(event.message);
    const reply = ReplySchema.safeParse(message);
    if (!reply.success) {
      const protocolEvent = EventSchema.safeParse(message);
      if (protocolEvent.success) onEvent?.(protocolEvent.data.method, protocolEvent.data.params ?? {});
      return;
    }
    const waiter = pending.get(reply.data.id);
    pending.delete(reply.data.id);
    if (reply.data.error) waiter?.reject(new Error(reply.data.error.message));
    else waiter?.resolve(reply.data.result);
  };
  browserSession.on('Target.receivedMessageFromTarget', onMessage);
  return {
    send<T>(method: string, params: Record<string, unknown> = {}) {
      const id = ++nextId;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: (value) => resolve(value as T), reject });
        browserSession.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
      });
    },
    async detach() {
      browserSession.off('Target.receivedMessageFromTarget', onMessage);
      await browserSession.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    },
  };
}
