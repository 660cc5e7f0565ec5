// Owns holding back a new request's connecting state for a moment, so that a quick answer replaces the previous
// one in a single frame (see CONNECTING_STATE_DELAY_MS in use-generation.ts).
import type { ServerEvent } from '../../lib/messaging/generation-schemas';

export interface RequestHold {
  // Whether the event is for the caller to apply now; a held event is applied later through `show`.
  pass(event: ServerEvent): boolean;
  // Whether the request state is still held back (nothing drawn for it yet).
  holding(): boolean;
  cancel(): void;
}

// Events that put something to read on screen: the request state is drawn with the first of them.
const showsSomething = (event: ServerEvent) => event.type === 'delta' || event.type === 'done' || event.type === 'error';

// `show` runs once, with the events held so far: at the first event with something to read, or after `delayMs`.
export function holdRequestState(delayMs: number, show: (held: ServerEvent[]) => void): RequestHold {
  let shown = false;
  let cancelled = false;
  let held: ServerEvent[] = [];
  const release = () => {
    if (shown) return;
    shown = true;
    clearTimeout(timer);
    const events = held;
    held = [];
    show(events);
  };
  const timer = setTimeout(release, delayMs);
  return {
    pass(event) {
      if (cancelled) return false;
      if (shown) return true;
      held.push(event);
      if (showsSomething(event)) release();
      return false;
    },
    holding: () => !shown,
    cancel() {
      cancelled = true;
      shown = true;
      held = [];
      clearTimeout(timer);
    },
  };
}
