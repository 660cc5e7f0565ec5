import { describe, expect, it } from 'vitest';
import type { ServerEvent } from '../messaging/generation-schemas';
import { holdStartEvent } from './hold-start-event';

const start: ServerEvent = { type: 'start', jobId: 'j1', model: 'm' };
const delta: ServerEvent = { type: 'delta', text: 'Hi' };

function setup() {
  const posted: ServerEvent[] = [];
  let runLater: () => void = () => undefined;
  const later = () => new Promise<void>((resolve) => (runLater = resolve));
  const emit = holdStartEvent((event) => posted.push(event), later);
  return { posted, emit, runLater: async () => { runLater(); await Promise.resolve(); } };
}

describe('holdStartEvent', () => {
  it('posts the start event in a later task, not at once', async () => {
    const { posted, emit, runLater } = setup();
    emit(start);
    expect(posted).toEqual([]);
    await runLater();
    expect(posted).toEqual([start]);
  });

  it('posts a held start event before any other event, and only once', async () => {
    const { posted, emit, runLater } = setup();
    emit(start);
    emit(delta);
    expect(posted).toEqual([start, delta]);
    await runLater();
    expect(posted).toEqual([start, delta]);
  });

  it('passes every other event straight through', () => {
    const { posted, emit } = setup();
    emit(delta);
    emit({ type: 'notice', notice: { kind: 'waiting', reason: 'rate-limit', ms: 10 } });
    expect(posted.map((event) => event.type)).toEqual(['delta', 'notice']);
  });
});
