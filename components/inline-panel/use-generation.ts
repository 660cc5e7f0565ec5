// Owns driving one generation from a React component: start, stop, and the streamed state.
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { flushSync } from 'react-dom';
import { holdGenerationPort, startGeneration, type GenerationHandle } from '../../lib/messaging/generation-client';
import type { GenerationRequestInput } from '../../lib/messaging/generation-schemas';
import { generationReducer, INITIAL_GENERATION } from './generation-state';

export function useGeneration() {
  const [state, dispatch] = useReducer(generationReducer, INITIAL_GENERATION);
  const handle = useRef<GenerationHandle | null>(null);

  const start = useCallback((request: GenerationRequestInput) => {
    handle.current?.stop();
    dispatch({ type: 'request' });
    let waitingForText = true;
    handle.current = startGeneration(request, (event) => {
      // The first text is rendered inside the port message's own task. Left to React's scheduler it waited for
      // a task of its own, behind whatever else the page had queued, before it reached the DOM.
      if (waitingForText && event.type === 'delta') {
        waitingForText = false;
        flushSync(() => dispatch({ type: 'event', event }));
        return;
      }
      dispatch({ type: 'event', event });
    });
  }, []);

  const stop = useCallback(() => handle.current?.stop(), []);

  // Closing the panel stops the upstream request rather than leaving it running.
  useEffect(() => () => handle.current?.stop(), []);
  // A port ready before Enter: the first request does not wait for a connection.
  useEffect(() => holdGenerationPort(), []);

  return { state, start, stop };
}
