// Owns reading Gemini streamGenerateContent SSE frames (each a GenerateContentResponse) into provider events.
import { z } from 'zod';
import { GenerationError } from '../errors/generation-error';
import { geminiStreamError } from './gemini-errors';
import { parseJsonFrame } from './http-stream';
import { readSseEvents } from './sse-events';
import type { FinishReason, ProviderEvent } from './types';

const ResponseSchema = z.object({
  candidates: z
    .array(
      z.object({
        content: z
          .object({ parts: z.array(z.object({ text: z.string().optional(), thought: z.boolean().optional() })).nullish() })
          .nullish(),
        finishReason: z.string().nullish(),
      }),
    )
    .nullish(),
  usageMetadata: z.object({ promptTokenCount: z.number().optional(), candidatesTokenCount: z.number().optional() }).nullish(),
  promptFeedback: z.object({ blockReason: z.string().optional() }).nullish(),
  error: z.unknown().optional(),
});

// Reasons that mean a filter stopped the answer rather than the model finishing it.
const FILTER_REASONS = new Set(['SAFETY', 'RECITATION', 'BLOCKLIST', 'PROHIBITED_CONTENT', 'SPII', 'IMAGE_SAFETY']);

export async function* readGeminiEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ProviderEvent> {
  let finishReason: string | undefined;
  let usage: { promptTokens: number; completionTokens: number } | undefined;
  let wroteAnswer = false;

  for await (const event of readSseEvents(body)) {
    const parsed = ResponseSchema.safeParse(parseJsonFrame(event.data));
    if (!parsed.success) throw new GenerationError({ code: 'server', message: 'Unexpected stream frame.' });
    const frame = parsed.data;
    if (frame.error !== undefined) throw geminiStreamError(frame);
    const blockReason = frame.promptFeedback?.blockReason;
    if (blockReason) throw new GenerationError({ code: 'filtered', message: `Gemini blocked the prompt (${blockReason}).` });

    const candidate = frame.candidates?.[0];
    for (const part of candidate?.content?.parts ?? []) {
      if (!part.text) continue;
      if (part.thought) {
        yield { type: 'reasoning', text: part.text };
      } else {
        wroteAnswer = true;
        yield { type: 'delta', text: part.text };
      }
    }
    if (candidate?.finishReason && candidate.finishReason !== 'FINISH_REASON_UNSPECIFIED') finishReason = candidate.finishReason;
    // Every frame repeats the running totals, so the last one seen is the answer's.
    if (frame.usageMetadata) {
      usage = { promptTokens: frame.usageMetadata.promptTokenCount ?? 0, completionTokens: frame.usageMetadata.candidatesTokenCount ?? 0 };
    }
  }

  // No [DONE] here: the frame with a finishReason is the last, and without one the stream was cut.
  if (finishReason === undefined) throw new GenerationError({ code: 'cut', message: 'The stream ended before the model finished.' });
  if (FILTER_REASONS.has(finishReason) && !wroteAnswer) {
    throw new GenerationError({ code: 'filtered', message: `Gemini withheld the answer (${finishReason}).` });
  }
  yield { type: 'finish', reason: toFinishReason(finishReason) };
  if (usage) yield { type: 'usage', ...usage };
}

function toFinishReason(reason: string): FinishReason {
  if (reason === 'STOP') return 'stop';
  if (reason === 'MAX_TOKENS') return 'length';
  return 'other';
}
