import { describe, expect, it } from 'vitest';
import { GenerationError } from '../errors/generation-error';
import { readSseEvents } from './sse-events';
import { encode } from '../../tests/support/provider-streams';

// A body that delivers one frame, then fails the way fetch does when the connection drops or aborts.
function failingBody(error: unknown): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent) return controller.error(error);
      sent = true;
      controller.enqueue(encode('data: one\n\n'));
    },
  });
}

async function drain(body: ReadableStream<Uint8Array>): Promise<{ data: string[]; error: unknown }> {
  const data: string[] = [];
  try {
    for await (const event of readSseEvents(body)) data.push(event.data);
    return { data, error: undefined };
  } catch (error) {
    return { data, error };
  }
}

describe('readSseEvents', () => {
  it('turns a body that breaks mid-stream into a cut error after the events that arrived', async () => {
    const { data, error } = await drain(failingBody(new TypeError('terminated')));
    expect(data).toEqual(['one']);
    expect(error).toBeInstanceOf(GenerationError);
    expect((error as GenerationError).code).toBe('cut');
    expect((error as GenerationError).message).toContain('terminated');
  });

  it('lets an abort through as an abort', async () => {
    const abort = new DOMException('This operation was aborted', 'AbortError');
    const { error } = await drain(failingBody(abort));
    expect(error).toBe(abort);
  });
});
