// Owns turning a streamed HTTP body into SSE events, through eventsource-parser.
import { EventSourceParserStream, type EventSourceMessage } from 'eventsource-parser/stream';
import { GenerationError } from '../errors/generation-error';

// TextDecoderStream keeps multi-byte characters split across network chunks intact;
// the parser handles CRLF, split frames and comment (keep-alive) lines.
export async function* readSseEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<EventSourceMessage> {
  const reader = body
    .pipeThrough(new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>)
    .pipeThrough(new EventSourceParserStream())
    .getReader();
  try {
    for (;;) {
      let result: ReadableStreamReadResult<EventSourceMessage>;
      try {
        result = await reader.read();
      } catch (error) {
        throw brokenStream(error);
      }
      if (result.done) return;
      yield result.value;
    }
  } finally {
    // Cancelling releases the network stream when the consumer stops early.
    reader.cancel().catch(() => undefined);
  }
}

// A body that fails after the response began is a cut stream, not an unreachable host ('network');
// an abort stays an abort so the caller can tell Stop from failure.
function brokenStream(error: unknown): unknown {
  if (error instanceof GenerationError) return error;
  if (error instanceof Error && error.name === 'AbortError') return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new GenerationError({ code: 'cut', message: `The connection dropped mid-stream (${detail}).` });
}
