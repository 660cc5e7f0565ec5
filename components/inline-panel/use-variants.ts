// Owns running the Variants: three generations of the same request, each with its variant number.
//
// Three calls through the pipeline rather than the provider's `n` or one structured request: only the
// OpenAI-style APIs take `n` (Anthropic and Chrome's model do not), and one structured answer would stream
// as JSON nobody can read until it ends. Separate calls stream side by side, go through the same rate
// limits, retries and fallback chain as any request, and each leaves its own metrics record with its cost.
// The variant number is in the request, so the pipeline neither coalesces them nor answers them from one
// cache entry.
import { useCallback, useEffect, useRef, useState } from 'react';
import { startGeneration, type GenerationHandle } from '../../lib/messaging/generation-client';
import type { GenerationRequestInput } from '../../lib/messaging/generation-schemas';
import { VARIANT_COUNT } from '../../lib/prompts/writing-style';
import { generationReducer, INITIAL_GENERATION, type GenerationState } from './generation-state';

export function useVariants() {
  const [variants, setVariants] = useState<GenerationState[] | null>(null);
  const handles = useRef<GenerationHandle[]>([]);

  const stop = useCallback(() => {
    for (const handle of handles.current) handle.stop();
    handles.current = [];
  }, []);

  const start = useCallback(
    (request: GenerationRequestInput) => {
      stop();
      const waiting = generationReducer(INITIAL_GENERATION, { type: 'request' });
      setVariants(Array.from({ length: VARIANT_COUNT }, () => waiting));
      try {
        // One by one, so a failure part way still stops the ones already started.
        for (let index = 0; index < VARIANT_COUNT; index++) {
          handles.current.push(
            startGeneration({ ...request, variant: index + 1 }, (event) =>
              setVariants((current) => current?.map((state, at) => (at === index ? generationReducer(state, { type: 'event', event }) : state)) ?? null),
            ),
          );
        }
      } catch (error) {
        // No port (the extension was reloaded or updated under the page): no request left, so each variant says
        // so, as a single generation does, instead of three that wait for ever.
        stop();
        const message = error instanceof Error ? error.message : String(error);
        const cut = generationReducer(waiting, { type: 'event', event: { type: 'error', error: { code: 'cut', message }, partial: false, queued: false } });
        setVariants(Array.from({ length: VARIANT_COUNT }, () => cut));
      }
    },
    [stop],
  );

  const close = useCallback(() => {
    stop();
    setVariants(null);
  }, [stop]);

  useEffect(() => stop, [stop]);

  const busy = variants?.some((state) => state.status === 'connecting' || state.status === 'streaming') ?? false;
  return { variants, busy, start, close };
}
