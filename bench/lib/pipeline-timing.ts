// Owns timing one request through the in-process pipeline (memory stores, loopback server) as the caller sees it.
import { GenerationRequestSchema, type AnswerSource } from '../../lib/messaging/generation-schemas';
import type { Harness } from '../../tests/support/pipeline-kit';

export interface PipelineTiming {
  // performance.now() deltas from the generate() call to the first delta event and to the done event.
  firstDeltaMs: number;
  doneMs: number;
  source: AnswerSource | 'error';
  text: string;
}

export async function timeGenerate(harness: Harness, prompt: string): Promise<PipelineTiming> {
  const request = GenerationRequestSchema.parse({ source: 'inline', prompt });
  let firstDeltaMs = Number.NaN;
  let doneMs = Number.NaN;
  let source: PipelineTiming['source'] = 'error';
  let text = '';
  const started = performance.now();
  await harness.pipeline.generate(request, {
    signal: new AbortController().signal,
    emit(event) {
      if (event.type === 'delta') {
        if (text === '') firstDeltaMs = performance.now() - started;
        text += event.text;
      } else if (event.type === 'done') {
        doneMs = performance.now() - started;
        source = event.source;
      }
    },
  });
  return { firstDeltaMs, doneMs, source, text };
}

// The body the pipeline sent upstream for `prompt`, with that prompt swapped for another: "the same stream".
export function bodyTemplate(harness: Harness, prompt: string): (next: string) => string {
  const sent = harness.server.requests.findLast((request) => request.method === 'POST' && request.rawBody.includes(prompt));
  if (!sent) throw new Error(`No upstream request carried ${prompt}`);
  return (next) => sent.rawBody.replaceAll(prompt, next);
}
