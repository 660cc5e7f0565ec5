// Owns the caller's side of a generation port: send start/stop, receive validated events.
import { browser } from 'wxt/browser';
import {
  GENERATION_PORT,
  ServerEventSchema,
  type ClientEventInput,
  type GenerationRequestInput,
  type ServerEvent,
} from './generation-schemas';

export interface GenerationHandle {
  stop(): void;
}

export function startGeneration(request: GenerationRequestInput, onEvent: (event: ServerEvent) => void): GenerationHandle {
  const port = browser.runtime.connect({ name: GENERATION_PORT });
  let settled = false;
  let receivedText = false;
  const finish = (event: ServerEvent): void => {
    if (settled) return;
    if (event.type === 'delta') receivedText = true;
    if (event.type === 'done' || event.type === 'error') {
      settled = true;
      port.disconnect();
    }
    onEvent(event);
  };
  port.onMessage.addListener((raw: unknown) => {
    const parsed = ServerEventSchema.safeParse(raw);
    if (parsed.success) finish(parsed.data);
  });
  // The worker went away (stopped by the browser, extension reloaded) without finishing: the stream
  // was cut. Say so with what arrived, never hang; Retry starts a fresh worker.
  port.onDisconnect.addListener(() =>
    finish({ type: 'error', error: { code: 'cut', message: 'The background worker stopped.' }, partial: receivedText, queued: false }),
  );
  const send = (event: ClientEventInput): void => port.postMessage(event);
  send({ type: 'start', request });
  return {
    stop() {
      if (!settled) send({ type: 'stop' });
    },
  };
}
