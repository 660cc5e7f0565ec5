// Owns request coalescing: identical requests in flight share one upstream call, and every
// caller receives the whole stream, including the part that arrived before it joined.
export type Producer<E> = (emit: (event: E) => void, signal: AbortSignal) => Promise<void>;

interface Flight<E> {
  events: E[];
  listeners: Set<(event: E) => void>;
  controller: AbortController;
  done: Promise<void>;
}

export interface Coalescer<E> {
  // Resolves when the shared flight ends (or this caller aborts); `coalesced` is true when
  // the caller joined a flight someone else started.
  join(key: string, produce: Producer<E>, onEvent: (event: E) => void, signal: AbortSignal): Promise<{ coalesced: boolean }>;
  inFlight(): number;
}

export function createCoalescer<E>(): Coalescer<E> {
  const flights = new Map<string, Flight<E>>();

  const start = (key: string, produce: Producer<E>): Flight<E> => {
    const flight: Flight<E> = { events: [], listeners: new Set(), controller: new AbortController(), done: Promise.resolve() };
    const emit = (event: E) => {
      flight.events.push(event);
      for (const listener of flight.listeners) listener(event);
    };
    flight.done = produce(emit, flight.controller.signal).finally(() => {
      // Later identical requests start fresh (and usually hit the cache).
      if (flights.get(key) === flight) flights.delete(key);
    });
    flights.set(key, flight);
    return flight;
  };

  return {
    async join(key, produce, onEvent, signal) {
      const existing = flights.get(key);
      const flight = existing ?? start(key, produce);
      // Replay what already arrived, then follow live.
      for (const event of flight.events) onEvent(event);
      flight.listeners.add(onEvent);
      const leave = () => {
        flight.listeners.delete(onEvent);
        // The upstream call is cancelled only when nobody is listening any more.
        if (flight.listeners.size === 0) flight.controller.abort();
      };
      if (signal.aborted) {
        leave();
        return { coalesced: existing !== undefined };
      }
      const aborted = new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
      // Each caller receives the flight's failure through its own emit; here we only wait for the end.
      await Promise.race([flight.done.catch(() => undefined), aborted]);
      leave();
      return { coalesced: existing !== undefined };
    },
    inFlight: () => flights.size,
  };
}
