import { beforeEach, describe, expect, it, vi } from 'vitest';

// A port as the browser hands it out: messages the caller posted, and hooks to play the worker's side.
class FakePort {
  posted: unknown[] = [];
  disconnected = false;
  closedUnderneath = false;
  private messageListeners: Array<(message: unknown) => void> = [];
  private disconnectListeners: Array<() => void> = [];
  onMessage = { addListener: (listener: (message: unknown) => void) => this.messageListeners.push(listener) };
  onDisconnect = { addListener: (listener: () => void) => this.disconnectListeners.push(listener) };
  postMessage(message: unknown) {
    if (this.disconnected || this.closedUnderneath) throw new Error('Attempting to use a disconnected port object');
    this.posted.push(message);
  }
  disconnect() {
    this.disconnected = true;
  }
  // The worker's side: an event sent down the port, or the port closed by the worker stopping.
  receive(message: unknown) {
    for (const listener of this.messageListeners) listener(message);
  }
  drop() {
    this.disconnected = true;
    for (const listener of this.disconnectListeners) listener();
  }
}

const ports: FakePort[] = [];
vi.mock('../platform/extension-api', () => ({
  extensionApi: () => ({
    runtime: {
      connect: () => {
        const port = new FakePort();
        ports.push(port);
        return port;
      },
    },
  }),
}));

const { holdGenerationPort, startGeneration } = await import('./generation-client');

const request = { source: 'inline' as const, prompt: 'hello' };
const done = { type: 'done', model: 'm', finishReason: 'stop', source: 'model', fallbackUsed: false, targetId: 't', batched: false };

describe('generation client', () => {
  let release: (() => void) | null = null;
  beforeEach(() => {
    release?.();
    release = null;
    ports.length = 0;
  });

  it('without a holder, each generation connects its own port', () => {
    startGeneration(request, () => undefined);
    expect(ports).toHaveLength(1);
    expect(ports[0]?.posted[0]).toMatchObject({ type: 'start', request });
    ports[0]?.receive(done);
    expect(ports[0]?.disconnected).toBe(true);
    // Nothing is on screen that could generate again: no spare is left open.
    expect(ports).toHaveLength(1);
  });

  it('a held surface keeps one spare: a start takes it and the next is opened once it settles', () => {
    release = holdGenerationPort();
    expect(ports).toHaveLength(1);
    const events: unknown[] = [];
    startGeneration(request, (event) => events.push(event));
    // The start went down the spare; no connection was made at Enter.
    expect(ports).toHaveLength(1);
    expect(ports[0]?.posted[0]).toMatchObject({ type: 'start' });
    ports[0]?.receive(done);
    expect(events).toHaveLength(1);
    expect(ports).toHaveLength(2);
    expect(ports[1]?.posted).toEqual([]);
    // Letting go closes the unused spare.
    release();
    release = null;
    expect(ports[1]?.disconnected).toBe(true);
  });

  it('a spare closed by a stopping worker is dropped, and the next start connects anew', () => {
    release = holdGenerationPort();
    ports[0]?.drop();
    startGeneration(request, () => undefined);
    expect(ports).toHaveLength(2);
    expect(ports[1]?.posted[0]).toMatchObject({ type: 'start' });
  });

  it('a spare that closed before its notice arrived is replaced at once, and the start is not lost', () => {
    release = holdGenerationPort();
    const stale = ports[0];
    if (stale) stale.closedUnderneath = true;
    const events: Array<{ type: string }> = [];
    startGeneration(request, (event) => events.push(event));
    expect(ports).toHaveLength(2);
    expect(ports[1]?.posted[0]).toMatchObject({ type: 'start' });
    // The stale port's late notice is not this generation's end.
    stale?.drop();
    expect(events).toEqual([]);
  });

  it('the worker going away mid-generation ends it as cut, saying whether text had arrived', () => {
    const events: Array<{ type: string; partial?: boolean }> = [];
    startGeneration(request, (event) => events.push(event));
    ports[0]?.receive({ type: 'delta', text: 'Hel' });
    ports[0]?.drop();
    expect(events.at(-1)).toMatchObject({ type: 'error', error: { code: 'cut' }, partial: true });
  });
});
