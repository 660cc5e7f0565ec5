// Owns the OpenAI chat-completions request: OpenAI, DeepSeek, OpenRouter, Groq, Ollama, LM Studio, vLLM.
import { classifyHttpError } from './classify-http-error';
import { joinUrl, postForStream, type HttpRequest } from './http-stream';
import { readOpenAiChunks } from './openai-chunks';
import type { ChatCall, ChatStream, ProviderEvent, ProviderRuntime } from './types';

export function chatCompletionsUrl(baseUrl: string): string {
  return joinUrl(baseUrl, 'chat/completions');
}

export function openAiHeaders(apiKey: string, extra: Record<string, string>): Record<string, string> {
  return {
    'content-type': 'application/json',
    accept: 'text/event-stream',
    // Local servers (Ollama, LM Studio) need no key; an empty Bearer would confuse some of them.
    ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
    ...extra,
  };
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
  if (call.stop?.length) body.stop = call.stop;
  if (call.responseFormat?.type === 'json_schema') {
    const { name, schema } = call.responseFormat;
    body.response_format = { type: 'json_schema', json_schema: { name, schema, strict: true } };
  } else if (call.responseFormat) {
    body.response_format = { type: 'json_object' };
  }
  return body;
}

export function buildOpenAiRequest(call: ChatCall): HttpRequest {
  return {
    url: chatCompletionsUrl(call.provider.baseUrl),
    headers: openAiHeaders(call.apiKey, call.provider.headers),
    body: buildRequestBody(call),
    signal: call.signal,
  };
}

// Runs any chat-completions-shaped request; Azure differs only in how the request is built.
export async function* streamChatCompletions(request: HttpRequest, runtime: ProviderRuntime): AsyncGenerator<ProviderEvent> {
  const opened = await postForStream(request, runtime, classifyHttpError);
  yield { type: 'response', headers: opened.headers };
  yield* readOpenAiChunks(opened.body);
}

export const streamOpenAiCompatible: ChatStream = (call, runtime) => streamChatCompletions(buildOpenAiRequest(call), runtime);
