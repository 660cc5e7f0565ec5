// Validates a /v1/chat/completions body into the few fields the server acts on.
import { isRecord } from './guards.ts';
import { invalidRequest, type ErrorResponse } from './openai-errors.ts';
import type { ChatMessage } from './replies.ts';

export type ResponseFormat = { type: 'json_object' } | { type: 'json_schema'; name: string; schema: unknown } | { type: 'text' };

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  stream: boolean;
  includeUsage: boolean;
  /** max_completion_tokens, else max_tokens; null when unset. */
  maxTokens: number | null;
  responseFormat: ResponseFormat;
}

/** Model reported when the body names none; the real API would 400, tests stay lenient. */
export const DEFAULT_MODEL = 'test-model';

function parseResponseFormat(value: unknown): ResponseFormat {
  if (!isRecord(value)) return { type: 'text' };
  if (value.type === 'json_object') return { type: 'json_object' };
  if (value.type === 'json_schema') {
    const spec = value.json_schema;
    return {
      type: 'json_schema',
      name: isRecord(spec) && typeof spec.name === 'string' ? spec.name : '',
      schema: isRecord(spec) ? spec.schema : undefined,
    };
  }
  return { type: 'text' };
}

function positiveInt(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
}

export function parseChatRequest(body: unknown): ChatRequest | ErrorResponse {
  if (!isRecord(body)) {
    return invalidRequest(
      "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. " +
        'The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)',
    );
  }
  const rawMessages = body.messages;
  if (rawMessages === undefined) {
    return invalidRequest("Missing required parameter: 'messages'.", 'messages', 'missing_required_parameter');
  }
  if (!Array.isArray(rawMessages)) {
    return invalidRequest("Invalid type for 'messages': expected an array.", 'messages', 'invalid_type');
  }
  if (rawMessages.length === 0) {
    return invalidRequest(
      "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.",
      'messages',
      'empty_array',
    );
  }
  const messages: ChatMessage[] = [];
  for (const [index, message] of rawMessages.entries()) {
    if (!isRecord(message) || typeof message.role !== 'string') {
      return invalidRequest(`Invalid 'messages[${index}]': expected an object with a string 'role'.`, `messages[${index}]`, 'invalid_type');
    }
    messages.push({ role: message.role, content: message.content });
  }
  const streamOptions = body.stream_options;
  return {
    model: typeof body.model === 'string' && body.model !== '' ? body.model : DEFAULT_MODEL,
    messages,
    stream: body.stream === true,
    includeUsage: isRecord(streamOptions) && streamOptions.include_usage === true,
    maxTokens: positiveInt(body.max_completion_tokens) ?? positiveInt(body.max_tokens),
    responseFormat: parseResponseFormat(body.response_format),
  };
}

export function isErrorResponse(value: ChatRequest | ErrorResponse): value is ErrorResponse {
  return 'status' in value;
}
