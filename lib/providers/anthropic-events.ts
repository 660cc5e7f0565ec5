// Owns reading Anthropic Messages SSE events into provider events.
import { z } from 'zod';
import { GenerationError } from '../errors/generation-error';
import { anthropicStreamError } from './anthropic-errors';
import { parseJsonFrame } from './http-stream';
import { readSseEvents } from './sse-events';
import type { FinishReason, ProviderEvent } from './types';

const TypedSchema = z.object({ type: z.string() });
const MessageStartSchema = z.object({
  message: z.object({
    usage: z
      .object({
        input_tokens: z.number(),
        // Cached prompt tokens are counted apart from input_tokens; together they are the prompt.
        cache_creation_input_tokens: z.number().nullish(),
        cache_read_input_tokens: z.number().nullish(),
      })
      .nullish(),
  }),
});
const BlockDeltaSchema = z.object({
  delta: z.object({
    type: z.string(),
    text: z.string().optional(),
    partial_json: z.string().optional(),
    thinking: z.string().optional(),
  }),
});
const MessageDeltaSchema = z.object({
  delta: z.object({ stop_reason: z.string().nullish() }).nullish(),
  usage: z.object({ output_tokens: z.number() }).nullish(),
});

// 'tool': the answer is the forced tool's JSON input (structured output), not text blocks.
export type AnthropicAnswerMode = 'text' | 'tool';

export async function* readAnthropicEvents(body: ReadableStream<Uint8Array>, mode: AnthropicAnswerMode): AsyncGenerator<ProviderEvent> {
  let promptTokens: number | undefined;
  let completionTokens: number | undefined;
  let stopReason: string | undefined;
  let wroteAnswer = false;

  const ending = function* (): Generator<ProviderEvent> {
    if (stopReason === undefined) throw new GenerationError({ code: 'cut', message: 'The stream ended before the model finished.' });
    if (stopReason === 'refusal' && !wroteAnswer) {
      throw new GenerationError({ code: 'filtered', message: 'The model declined to answer (refusal).' });
    }
    yield { type: 'finish', reason: toFinishReason(stopReason) };
    if (promptTokens !== undefined || completionTokens !== undefined) {
      yield { type: 'usage', promptTokens: promptTokens ?? 0, completionTokens: completionTokens ?? 0 };
    }
  };

  for await (const event of readSseEvents(body)) {
    const data = parseJsonFrame(event.data);
    const typed = TypedSchema.safeParse(data);
    // The SSE event name and the payload's type agree; the payload is the one always present.
    const type = typed.success ? typed.data.type : event.event;
    switch (type) {
      case 'message_start': {
        const usage = parse(MessageStartSchema, data).message.usage;
        if (usage) promptTokens = usage.input_tokens + (usage.cache_creation_input_tokens ?? 0) + (usage.cache_read_input_tokens ?? 0);
        break;
      }
      case 'content_block_delta': {
        const { delta } = parse(BlockDeltaSchema, data);
        const text = mode === 'tool' ? (delta.type === 'input_json_delta' ? delta.partial_json : undefined) : delta.type === 'text_delta' ? delta.text : undefined;
        if (text) {
          wroteAnswer = true;
          yield { type: 'delta', text };
        } else if (delta.type === 'thinking_delta' && delta.thinking) {
          yield { type: 'reasoning', text: delta.thinking };
        }
        break;
      }
      case 'message_delta': {
        const { delta, usage } = parse(MessageDeltaSchema, data);
        if (delta?.stop_reason) stopReason = delta.stop_reason;
        // output_tokens here is the running total, so the last one wins.
        if (usage) completionTokens = usage.output_tokens;
        break;
      }
      case 'message_stop':
        yield* ending();
        return;
      case 'error':
        throw anthropicStreamError(data);
      default:
        // ping, content_block_start/stop and event types added later carry nothing we show.
        break;
    }
  }
  // A proxy may close right after message_delta; the answer is whole if a stop reason arrived.
  yield* ending();
}

function parse<T>(schema: z.ZodType<T>, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new GenerationError({ code: 'server', message: 'Unexpected stream frame.' });
  return parsed.data;
}

function toFinishReason(reason: string): FinishReason {
  // A forced tool call ends with tool_use: for structured output that is the normal end.
  if (reason === 'end_turn' || reason === 'stop_sequence' || reason === 'tool_use') return 'stop';
  if (reason === 'max_tokens') return 'length';
  return 'other';
}
