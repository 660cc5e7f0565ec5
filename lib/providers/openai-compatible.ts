// Owns the OpenAI chat-completions wire format: OpenAI, DeepSeek, OpenRouter, Groq, Ollama, LM Studio, vLLM.
import { z } from 'zod';
import { GenerationError } from '../errors/generation-error';
import { classifyHttpError, isBillingCode, readErrorBody } from './classify-http-error';
import { readSseEvents } from './sse-events';
import type { ChatCall, ChatStream, FinishReason, ProviderEvent, ProviderRuntime } from './types';

const ChunkSchema = z.object({
  choices: z
    .array(
      z.object({
        delta: z.object({ content: z.string().nullish() }).nullish(),
        finish_reason: z.string().nullish(),
      }),
    )
    .nullish(),
  usage: z.object({ prompt_tokens: z.number(), completion_tokens: z.number() }).nullish(),
  error: z.unknown().optional(),
});

export function chatCompletionsUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/chat/completions`;
}

export function buildRequestBody(call: ChatCall): Record<string, unknown> {
  const body: Record<string, unknown> = {
    model: call.model,
    messages: call.messages,
    stream: true,
    stream_options: { include_usage: true },
    max_tokens: call.maxTokens,
    temperature: call.temperature,
  };
  if (call.responseFormat?.type === 'json_schema') {
    const { name, schema } = call.responseFormat;
    body.response_format = { type: 'json_schema', json_schema: { name, schema, strict: true } };
  } else if (call.responseFormat) {
    body.response_format = { type: 'json_object' };
  }
  return body;
}

export const streamOpenAiCompatible: ChatStream = async function* (call, runtime) {
  const response = await postChat(call, runtime);
  yield { type: 'response', headers: response.headers };
  if (!response.body) throw new GenerationError({ code: 'server', message: 'The response had no body.' });
  yield* readChunks(response.body);
};

async function postChat(call: ChatCall, runtime: ProviderRuntime): Promise<Response> {
  const response = await runtime.fetch(chatCompletionsUrl(call.provider.baseUrl), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      ...(call.apiKey ? { authorization: `Bearer ${call.apiKey}` } : {}),
      ...call.provider.headers,
    },
    body: JSON.stringify(buildRequestBody(call)),
    signal: call.signal,
  });
  if (!response.ok) {
    const text = await response.text().catch(() => '');
    throw classifyHttpError(response.status, text, response.headers, runtime.now());
  }
  return response;
}

async function* readChunks(body: ReadableStream<Uint8Array>): AsyncGenerator<ProviderEvent> {
  let finished = false;
  for await (const event of readSseEvents(body)) {
    if (event.data === '[DONE]') {
      if (!finished) yield { type: 'finish', reason: 'stop' };
      return;
    }
    const chunk = parseChunk(event.data);
    if (chunk.error !== undefined) throw errorFrame(chunk.error);
    for (const choice of chunk.choices ?? []) {
      const text = choice.delta?.content;
      if (text) yield { type: 'delta', text };
      if (choice.finish_reason) {
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

function parseChunk(data: string): z.infer<typeof ChunkSchema> {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    throw new GenerationError({ code: 'server', message: `Unreadable stream frame: ${data.slice(0, 120)}` });
  }
  const parsed = ChunkSchema.safeParse(json);
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
