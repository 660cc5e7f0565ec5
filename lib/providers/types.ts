// Owns what every provider adapter takes and yields, whatever its wire format.
import { z } from 'zod';
import type { Provider } from '../settings/provider-schema';

export const ChatMessageSchema = z.object({
  role: z.enum(['system', 'user', 'assistant']),
  content: z.string(),
});
export type ChatMessage = z.infer<typeof ChatMessageSchema>;

export type FinishReason = 'stop' | 'length' | 'other';

// Structured output: a JSON Schema the answer must follow, or any JSON object.
export type ResponseFormat = { type: 'json_schema'; name: string; schema: Record<string, unknown> } | { type: 'json_object' };

export interface ChatCall {
  provider: Provider;
  apiKey: string;
  model: string;
  messages: ChatMessage[];
  maxTokens: number;
  temperature: number;
  responseFormat?: ResponseFormat;
  // Stop sequences, for providers that take them (autocomplete stops at a line end).
  stop?: string[];
  signal?: AbortSignal;
}

export interface ProviderRuntime {
  fetch: typeof fetch;
  now: () => number;
}

export type ProviderEvent =
  // The response headers arrived (rate-limit hints live there).
  | { type: 'response'; headers: Headers }
  | { type: 'delta'; text: string }
  // Thinking text (DeepSeek reasoning_content, Claude thinking, Gemini thought parts); never part of
  // the answer. Consumers that watch for stalls must count it as activity: a reasoning model can
  // think for a long time before its first delta.
  | { type: 'reasoning'; text: string }
  | { type: 'usage'; promptTokens: number; completionTokens: number }
  | { type: 'finish'; reason: FinishReason };

export type ChatStream = (call: ChatCall, runtime: ProviderRuntime) => AsyncGenerator<ProviderEvent>;
