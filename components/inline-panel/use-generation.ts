// Owns driving one generation from a React component: start, stop, and the streamed state.
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { startGeneration, type GenerationHandle } from '../../lib/messaging/generation-client';
import type { GenerationRequestInput } from '../../lib/messaging/generation-schemas';
import { generationReducer, INITIAL_GENERATION } from './generation-state';

export function useGeneration() {
  const [state, dispatch] = useReducer(generationReducer, INITIAL_GENERATION);
  const handle = useRef<GenerationHandle | null>(null);

  const start = useCallback((request: GenerationRequestInput) => {
    handle.current?.stop();
    dispatch({ type: 'request' });
    handle.current = startGeneration(request, (event) => dispatch({ type: 'event', event }));
  }, []);

  const stop = useCallback(() => handle.current?.stop(), []);

  // Closing the panel stops the upstream request rather than leaving it running.
  useEffect(() => () => handle.current?.stop(), []);

  return { state, start, stop };
}
