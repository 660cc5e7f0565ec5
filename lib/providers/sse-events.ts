// Owns turning a streamed HTTP body into SSE events, through eventsource-parser.
import { EventSourceParserStream, type EventSourceMessage } from 'eventsource-parser/stream';

// TextDecoderStream keeps multi-byte characters split across network chunks intact;
// the parser handles CRLF, split frames and comment (keep-alive) lines.
export async function* readSseEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<EventSourceMessage> {
  const reader = body
    .pipeThrough(new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>)
    .pipeThrough(new EventSourceParserStream())
    .getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // Cancelling releases the network stream when the consumer stops early.
    reader.cancel().catch(() => undefined);
  }
}
