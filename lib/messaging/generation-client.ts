// Owns the caller's side of a generation port: send start/stop, receive validated events.
//
// The worker serves one generation per port. Connecting is a round trip through the browser process that
// sat between Enter and the request leaving, so while something that generates is on screen a spare port is
// kept open: a start takes it, and the next spare is opened once that generation settles. An idle port does
// not keep the worker alive; when the worker stops, the spare is disconnected and the next start connects anew.
import type { Browser } from 'wxt/browser';
import { extensionApi } from '../platform/extension-api';
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

type Port = Browser.runtime.Port;

let spare: Port | null = null;
let holders = 0;

const connect = (): Port => extensionApi().runtime.connect({ name: GENERATION_PORT });

function openSpare(): void {
  if (spare || holders === 0) return;
  const port = connect();
  port.onDisconnect.addListener(() => {
    if (spare === port) spare = null;
  });
  spare = port;
}

// Held by each mounted surface that can generate; the last one to let go closes the spare.
export function holdGenerationPort(): () => void {
  holders++;
  openSpare();
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    holders--;
    if (holders > 0 || !spare) return;
    const port = spare;
    spare = null;
    port.disconnect();
  };
}

export function startGeneration(request: GenerationRequestInput, onEvent: (event: ServerEvent) => void): GenerationHandle {
  let settled = false;
  let receivedText = false;
  const finish = (event: ServerEvent): void => {
    if (settled) return;
    if (event.type === 'delta') receivedText = true;
    if (event.type === 'done' || event.type === 'error') {
      settled = true;
      port.disconnect();
      openSpare();
    }
    onEvent(event);
  };
  const listen = (next: Port): Port => {
    next.onMessage.addListener((raw: unknown) => {
      const parsed = ServerEventSchema.safeParse(raw);
      if (parsed.success) finish(parsed.data);
    });
    // The worker went away (stopped by the browser, extension reloaded) without finishing: the stream
    // was cut. Say so with what arrived, never hang; Retry starts a fresh worker.
    next.onDisconnect.addListener(() => {
      if (next === port) finish({ type: 'error', error: { code: 'cut', message: 'The background worker stopped.' }, partial: receivedText, queued: false });
    });
    return next;
  };
  const taken = spare;
  spare = null;
  let port = listen(taken ?? connect());
  const send = (event: ClientEventInput): void => port.postMessage(event);
  try {
    send({ type: 'start', request });
  } catch (error) {
    // The spare was closed a moment ago (the worker stopping) and its notice has not arrived yet.
    if (!taken) throw error;
    port = listen(connect());
    send({ type: 'start', request });
  }
  return {
    stop() {
      if (!settled) send({ type: 'stop' });
    },
  };
}
