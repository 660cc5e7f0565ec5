// Owns the baseline every pipeline timing is compared with: a bare fetch of the chat stream, read with an SSE parser.
import { createParser } from 'eventsource-parser';
import { z } from 'zod';

const ChunkSchema = z.object({ choices: z.array(z.object({ delta: z.object({ content: z.string().nullish() }).optional() })).optional() });

export interface RawStreamTiming {
  // performance.now() deltas from the call.
  firstDeltaMs: number;
  doneMs: number;
  text: string;
}

export async function fetchRawStream(url: string, body: string): Promise<RawStreamTiming> {
  const started = performance.now();
  let firstDeltaMs = Number.NaN;
  let text = '';
  const parser = createParser({
    onEvent(event) {
      if (event.data === '[DONE]') return;
      const chunk = ChunkSchema.safeParse(JSON.parse(event.data));
      const content = chunk.success ? chunk.data.choices?.[0]?.delta?.content : null;
      if (!content) return;
      if (text === '') firstDeltaMs = performance.now() - started;
      text += content;
    },
  });
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer sk-test' }, body });
  if (!response.ok || !response.body) throw new Error(`Raw stream failed: HTTP ${response.status}`);
  const decoder = new TextDecoder();
  const reader = response.body.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    parser.feed(decoder.decode(value, { stream: true }));
  }
  return { firstDeltaMs, doneMs: performance.now() - started, text };
}
