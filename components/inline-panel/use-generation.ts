// Owns driving one generation from a React component: start, stop, and the streamed state.
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { flushSync } from 'react-dom';
import { holdGenerationPort, startGeneration, type GenerationHandle } from '../../lib/messaging/generation-client';
import type { GenerationRequestInput } from '../../lib/messaging/generation-schemas';
import { generationReducer, INITIAL_GENERATION } from './generation-state';
import { holdRequestState, type RequestHold } from './request-hold';

// How long a request may go before its connecting state is drawn. An answer that comes sooner (from the cache,
// in a few ms) replaces the previous one in the first frame after Enter. Drawn at once, the connecting state took
// that frame and the answer waited for the next one, 16.7 ms later at 60 Hz (cache hits painted in 11–17 ms
// median, 24–39 ms P99). 50 ms is well inside the 100 ms a press can go unanswered without feeling slow.
export const CONNECTING_STATE_DELAY_MS = 50;

export function useGeneration() {
  const [state, dispatch] = useReducer(generationReducer, INITIAL_GENERATION);
  const handle = useRef<GenerationHandle | null>(null);
  const hold = useRef<RequestHold | null>(null);

  const start = useCallback((request: GenerationRequestInput) => {
    handle.current?.stop();
    hold.current?.cancel();
    let waitingForText = true;
    // The request state and what arrived while it was held, in one render inside the current task.
    hold.current = holdRequestState(CONNECTING_STATE_DELAY_MS, (held) => {
      if (held.some((event) => event.type === 'delta')) waitingForText = false;
      flushSync(() => {
        dispatch({ type: 'request' });
        for (const event of held) dispatch({ type: 'event', event });
      });
    });
    const requestHold = hold.current;
    let current: GenerationHandle;
    try {
      current = startGeneration(request, (event) => {
        // A request replaced by a newer one (Enter pressed again) may still report its end: it is not on screen.
        if (handle.current !== current || !requestHold.pass(event)) return;
        // The first text is rendered inside the port message's own task. Left to React's scheduler it waited for
        // a task of its own, behind whatever else the page had queued, before it reached the DOM.
        if (waitingForText && event.type === 'delta') {
          waitingForText = false;
          flushSync(() => dispatch({ type: 'event', event }));
          return;
        }
        dispatch({ type: 'event', event });
      });
    } catch (error) {
      // No port (the extension was reloaded or updated under the page): the request never left, so it fails
      // here and says so, instead of a connecting state that never ends.
      requestHold.cancel();
      const message = error instanceof Error ? error.message : String(error);
      dispatch({ type: 'request' });
      dispatch({ type: 'event', event: { type: 'error', error: { code: 'cut', message }, partial: false, queued: false } });
      return;
    }
    handle.current = current;
  }, []);

  const stop = useCallback(() => handle.current?.stop(), []);
  // True in the moment after start() before anything is drawn for the request (see CONNECTING_STATE_DELAY_MS):
  // `state` still shows the previous answer then, so handlers check this before they act on it.
  const isStarting = useCallback(() => hold.current?.holding() ?? false, []);

  // Closing the panel stops the upstream request rather than leaving it running.
  useEffect(
    () => () => {
      hold.current?.cancel();
      handle.current?.stop();
    },
    [],
  );
  // A port ready before Enter: the first request does not wait for a connection.
  useEffect(() => holdGenerationPort(), []);

  return { state, start, stop, isStarting };
}
