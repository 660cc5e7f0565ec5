// Owns reading chat.completion.chunk SSE streams, shared by the OpenAI-compatible and Azure adapters.
import { z } from 'zod';
import { GenerationError } from '../errors/generation-error';
import { isBillingCode, readErrorBody } from './classify-http-error';
import { parseJsonFrame } from './http-stream';
import { readSseEvents } from './sse-events';
import type { FinishReason, ProviderEvent } from './types';

const ChunkSchema = z.object({
  choices: z
    .array(
      z.object({
        delta: z
          .object({
            content: z.string().nullish(),
            // DeepSeek-reasoner streams its thinking here before any content.
            reasoning_content: z.string().nullish(),
            // OpenRouter and some vLLM builds use this name instead.
            reasoning: z.string().nullish(),
          })
          .nullish(),
        finish_reason: z.string().nullish(),
      }),
    )
    .nullish(),
  usage: z.object({ prompt_tokens: z.number(), completion_tokens: z.number() }).nullish(),
  error: z.unknown().optional(),
});
type Chunk = z.infer<typeof ChunkSchema>;

export async function* readOpenAiChunks(body: ReadableStream<Uint8Array>): AsyncGenerator<ProviderEvent> {
  let finished = false;
  let wroteAnswer = false;
  for await (const event of readSseEvents(body)) {
    if (event.data === '[DONE]') {
      if (!finished) yield { type: 'finish', reason: 'stop' };
      return;
    }
    const chunk = parseChunk(event.data);
    if (chunk.error !== undefined) throw errorFrame(chunk.error);
    for (const choice of chunk.choices ?? []) {
      const reasoning = choice.delta?.reasoning_content ?? choice.delta?.reasoning;
      if (reasoning) yield { type: 'reasoning', text: reasoning };
      const text = choice.delta?.content;
      if (text) {
        wroteAnswer = true;
        yield { type: 'delta', text };
      }
      if (choice.finish_reason) {
        // Azure and OpenAI stop with content_filter; with nothing shown, say why there is no answer.
        if (choice.finish_reason === 'content_filter' && !wroteAnswer) {
          throw new GenerationError({ code: 'filtered', message: 'The provider\'s content filter withheld the answer.' });
        }
        finished = true;
        yield { type: 'finish', reason: toFinishReason(choice.finish_reason) };
      }
    }
    if (chunk.usage) {
      yield { type: 'usage', promptTokens: chunk.usage.prompt_tokens, completionTokens: chunk.usage.completion_tokens };
    }
  }
  // Some servers close after the finish chunk without [DONE]; without either, the stream was cut.
  if (!finished) throw new GenerationError({ code: 'cut', message: 'The stream ended before the model finished.' });
}

function parseChunk(data: string): Chunk {
  const parsed = ChunkSchema.safeParse(parseJsonFrame(data));
  if (!parsed.success) throw new GenerationError({ code: 'server', message: 'Unexpected stream frame.' });
  return parsed.data;
}

function errorFrame(error: unknown): GenerationError {
  const body = readErrorBody(JSON.stringify({ error }));
  return new GenerationError({ code: isBillingCode(body) ? 'quota' : 'server', message: body.message ?? 'The provider reported an error mid-stream.' });
}

function toFinishReason(reason: string): FinishReason {
  if (reason === 'stop') return 'stop';
  if (reason === 'length') return 'length';
  return 'other';
}
