// Owns the page's side of one suggestion: a port per request, validated events, and an abort that
// closes the port, which the worker turns into an aborted upstream fetch.
import { extensionApi } from '../../platform/extension-api';
import { SUGGEST_PORT, SuggestServerEventSchema, type SuggestClientEvent, type SuggestRequest, type SuggestServerEvent } from '../../autocomplete/suggest-schemas';

export interface SuggestHandle {
  abort(): void;
}

export type RequestSuggestion = (request: SuggestRequest, onEvent: (event: SuggestServerEvent) => void) => SuggestHandle;

export const requestSuggestion: RequestSuggestion = (request, onEvent) => {
  const port = extensionApi().runtime.connect({ name: SUGGEST_PORT });
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    port.disconnect();
  };
  port.onMessage.addListener((raw: unknown) => {
    const parsed = SuggestServerEventSchema.safeParse(raw);
    if (!open || !parsed.success) return;
    if (parsed.data.type !== 'delta') close();
    onEvent(parsed.data);
  });
  port.onDisconnect.addListener(() => {
    if (!open) return;
    open = false;
    onEvent({ type: 'dropped', reason: 'failed' });
  });
  const start: SuggestClientEvent = { type: 'start', request };
  port.postMessage(start);
  return { abort: close };
};
