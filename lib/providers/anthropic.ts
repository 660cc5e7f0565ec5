// Owns the Anthropic Messages request: headers, system/turn conversion, structured output via a forced tool.
import { classifyAnthropicError } from './anthropic-errors';
import { readAnthropicEvents } from './anthropic-events';
import { splitConversation } from './chat-turns';
import { joinUrl, postForStream, type HttpRequest } from './http-stream';
import type { ChatCall, ChatStream, ResponseFormat } from './types';

export const ANTHROPIC_VERSION = '2023-06-01';
const JSON_TOOL_NAME = 'json_output';

export function anthropicHeaders(apiKey: string, extra: Record<string, string>): Record<string, string> {
  return {
    'content-type': 'application/json',
    accept: 'text/event-stream',
    // Gateways that hold the key themselves (LiteLLM, Portkey) are reached without one.
    ...(apiKey ? { 'x-api-key': apiKey } : {}),
    'anthropic-version': ANTHROPIC_VERSION,
    // Without it the API refuses requests that carry an Origin, as extension fetches do.
    'anthropic-dangerous-direct-browser-access': 'true',
    ...extra,
  };
}

export function buildAnthropicBody(call: ChatCall): Record<string, unknown> {
  const { system, turns } = splitConversation(call.messages);
  const body: Record<string, unknown> = {
    model: call.model,
    max_tokens: call.maxTokens,
    // Anthropic accepts 0..1 where OpenAI takes 0..2; clamp rather than fail the request.
    temperature: Math.min(1, Math.max(0, call.temperature)),
    ...(system !== undefined ? { system } : {}),
    messages: turns,
    stream: true,
  };
  if (call.responseFormat) {
    const tool = forcedTool(call.responseFormat);
    body.tools = [tool];
    body.tool_choice = { type: 'tool', name: tool.name };
  }
  return body;
}

// Anthropic has no response_format: a tool the model must call carries the schema instead,
// and the tool's streamed JSON input is the answer.
export function forcedTool(format: ResponseFormat): { name: string; description: string; input_schema: Record<string, unknown> } {
  const name = format.type === 'json_schema' ? toolName(format.name) : JSON_TOOL_NAME;
  const input_schema = format.type === 'json_schema' ? format.schema : { type: 'object' };
  return { name, description: 'Give the answer as the input of this tool.', input_schema };
}

// Tool names must match ^[a-zA-Z0-9_-]{1,64}$.
function toolName(name: string): string {
  const cleaned = name.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 64);
  return cleaned === '' ? JSON_TOOL_NAME : cleaned;
}

export function buildAnthropicRequest(call: ChatCall): HttpRequest {
  return {
    url: joinUrl(call.provider.baseUrl, 'messages'),
    headers: anthropicHeaders(call.apiKey, call.provider.headers),
    body: buildAnthropicBody(call),
    signal: call.signal,
  };
}

export const streamAnthropic: ChatStream = async function* (call, runtime) {
  const opened = await postForStream(buildAnthropicRequest(call), runtime, classifyAnthropicError);
  yield { type: 'response', headers: opened.headers };
  yield* readAnthropicEvents(opened.body, call.responseFormat ? 'tool' : 'text');
};
