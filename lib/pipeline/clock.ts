// Owns time for the pipeline: injected so tests run on fake timers without real sleeping.
export interface Clock {
  now(): number;
  // Resolves after ms; rejects with an AbortError DOMException when the signal aborts first.
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export type Random = () => number;

export function abortError(): DOMException {
  return new DOMException('Aborted', 'AbortError');
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortError());
        return;
      }
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, Math.max(0, ms));
      const onAbort = () => {
        clearTimeout(timer);
        reject(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};
