import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServerEvent } from '../../lib/messaging/generation-schemas';
import { holdRequestState } from './request-hold';

const startEvent: ServerEvent = { type: 'start', jobId: 'j', model: 'm' };
const delta: ServerEvent = { type: 'delta', text: 'Hi' };

describe('holdRequestState', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds events until the first text, then shows them all at once', () => {
    const show = vi.fn();
    const hold = holdRequestState(50, show);
    expect(hold.pass(startEvent)).toBe(false);
    expect(show).not.toHaveBeenCalled();
    expect(hold.pass(delta)).toBe(false);
    expect(show).toHaveBeenCalledExactlyOnceWith([startEvent, delta]);
    // Later events are the caller's to apply, and the timer never shows a second time.
    expect(hold.pass({ type: 'delta', text: ' there' })).toBe(true);
    vi.advanceTimersByTime(100);
    expect(show).toHaveBeenCalledTimes(1);
  });

  it('shows the connecting state after the delay when nothing readable has come', () => {
    const show = vi.fn();
    const hold = holdRequestState(50, show);
    hold.pass(startEvent);
    vi.advanceTimersByTime(49);
    expect(show).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(show).toHaveBeenCalledExactlyOnceWith([startEvent]);
    expect(hold.pass(delta)).toBe(true);
  });

  it('an error ends the hold at once, so a failure is never hidden', () => {
    const show = vi.fn();
    const hold = holdRequestState(50, show);
    const error: ServerEvent = { type: 'error', error: { code: 'auth', message: 'Bad key' }, partial: false, queued: false };
    hold.pass(error);
    expect(show).toHaveBeenCalledExactlyOnceWith([error]);
  });

  it('a cancelled hold (a newer request, the panel closed) never shows and lets nothing through', () => {
    const show = vi.fn();
    const hold = holdRequestState(50, show);
    hold.cancel();
    vi.advanceTimersByTime(100);
    expect(show).not.toHaveBeenCalled();
    expect(hold.pass(delta)).toBe(false);
    expect(hold.holding()).toBe(false);
  });

  it('says it is holding until the request state is shown', () => {
    const hold = holdRequestState(50, vi.fn());
    expect(hold.holding()).toBe(true);
    hold.pass(startEvent);
    expect(hold.holding()).toBe(true);
    hold.pass(delta);
    expect(hold.holding()).toBe(false);
  });
});
