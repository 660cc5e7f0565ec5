// Owns the Gemini generateContent request: URL, key header, contents/systemInstruction and JSON output config.
import { splitConversation } from './chat-turns';
import { classifyGeminiError } from './gemini-errors';
import { readGeminiEvents } from './gemini-events';
import { toGeminiSchema } from './gemini-schema';
import { joinUrl, postForStream, type HttpRequest } from './http-stream';
import type { ChatCall, ChatStream } from './types';

export function geminiStreamUrl(baseUrl: string, model: string): string {
  // Settings may hold the name as the models list returns it ("models/gemini-2.0-flash").
  const id = model.replace(/^models\//, '');
  return `${joinUrl(baseUrl, `models/${encodeURIComponent(id)}:streamGenerateContent`)}?alt=sse`;
}

export function geminiHeaders(apiKey: string, extra: Record<string, string>): Record<string, string> {
  return { 'content-type': 'application/json', accept: 'text/event-stream', ...(apiKey ? { 'x-goog-api-key': apiKey } : {}), ...extra };
}

export function buildGeminiBody(call: ChatCall): Record<string, unknown> {
  const { system, turns } = splitConversation(call.messages);
  const generationConfig: Record<string, unknown> = { maxOutputTokens: call.maxTokens, temperature: call.temperature };
  if (call.responseFormat) {
    generationConfig.responseMimeType = 'application/json';
    if (call.responseFormat.type === 'json_schema') generationConfig.responseSchema = toGeminiSchema(call.responseFormat.schema);
  }
  return {
    contents: turns.map((turn) => ({ role: turn.role === 'assistant' ? 'model' : 'user', parts: [{ text: turn.content }] })),
    ...(system !== undefined ? { systemInstruction: { parts: [{ text: system }] } } : {}),
    generationConfig,
  };
}

export function buildGeminiRequest(call: ChatCall): HttpRequest {
  return {
    url: geminiStreamUrl(call.provider.baseUrl, call.model),
    headers: geminiHeaders(call.apiKey, call.provider.headers),
    body: buildGeminiBody(call),
    signal: call.signal,
  };
}

export const streamGemini: ChatStream = async function* (call, runtime) {
  const opened = await postForStream(buildGeminiRequest(call), runtime, classifyGeminiError);
  yield { type: 'response', headers: opened.headers };
  yield* readGeminiEvents(opened.body);
};
