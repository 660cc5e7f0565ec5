// Answers one Anthropic POST /v1/messages request as a Messages SSE stream, with its scripted fault applied.
import type { ServerResponse } from 'node:http';
import { anthropicErrors, DEFAULT_ANTHROPIC_STREAM_ERROR } from './anthropic-error-replies.ts';
import type { ChatContext } from './chat-completions.ts';
import type { ChatRequest, ResponseFormat } from './chat-request.ts';
import { DEFAULT_MODEL } from './chat-request.ts';
import { delay } from './delay.ts';
import { isRecord } from './guards.ts';
import type { ErrorResponse } from './openai-errors.ts';
import { contentText, promptTokens, splitIntoChunks, type ChatMessage } from './replies.ts';
import { buildReply, type Reply } from './reply-plan.ts';
import { sendErrorResponse } from './http-utils.ts';
import { runStreamScript, type StreamWriter } from './stream-script.ts';

export interface AnthropicRequest extends ChatRequest {
  /** The forced tool whose input carries a structured answer; null for text. */
  toolName: string | null;
}

function forcedTool(body: Record<string, unknown>): { name: string; schema: unknown } | null {
  const choice = body.tool_choice;
  if (!isRecord(choice) || choice.type !== 'tool' || typeof choice.name !== 'string') return null;
  const tool = Array.isArray(body.tools) ? body.tools.find((t) => isRecord(t) && t.name === choice.name) : undefined;
  return isRecord(tool) ? { name: choice.name, schema: tool.input_schema } : null;
}

/** Validates what the real API would reject and the adapter must get right: max_tokens, roles, system. */
export function parseAnthropicRequest(body: unknown): AnthropicRequest | ErrorResponse {
  if (!isRecord(body)) return anthropicErrors.invalid('There was an issue with the request body: expected a JSON object.');
  if (typeof body.max_tokens !== 'number') return anthropicErrors.invalid('max_tokens: Field required');
  if (!Array.isArray(body.messages) || body.messages.length === 0) return anthropicErrors.invalid('messages: at least one message is required');
  const messages: ChatMessage[] = [];
  if (body.system !== undefined) messages.push({ role: 'system', content: body.system });
  for (const [index, message] of body.messages.entries()) {
    if (!isRecord(message) || (message.role !== 'user' && message.role !== 'assistant')) {
      const role = isRecord(message) ? String(message.role) : 'none';
      return anthropicErrors.invalid(
        `messages.${index}.role: Unexpected role "${role}". The Messages API accepts a top-level \`system\` parameter, not "system" as an input message role.`,
      );
    }
    if (contentText(message.content) === '') return anthropicErrors.invalid(`messages.${index}: all messages must have non-empty content`);
    messages.push({ role: message.role, content: message.content });
  }
  if (body.stream !== true) return anthropicErrors.invalid('The test server answers /v1/messages only with stream: true.');
  const tool = forcedTool(body);
  const responseFormat: ResponseFormat = tool ? { type: 'json_schema', name: tool.name, schema: tool.schema } : { type: 'text' };
  return {
    model: typeof body.model === 'string' && body.model !== '' ? body.model : DEFAULT_MODEL,
    messages,
    stream: true,
    includeUsage: true,
    maxTokens: body.max_tokens > 0 ? Math.floor(body.max_tokens) : null,
    responseFormat,
    toolName: tool?.name ?? null,
  };
}

function sse(res: ServerResponse, type: string, payload: Record<string, unknown>): void {
  if (!res.writableEnded && !res.destroyed) res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...payload })}\n\n`);
}

function anthropicStreamWriter(res: ServerResponse, request: AnthropicRequest, reply: Reply, messageId: string): StreamWriter {
  const tool = request.toolName;
  const end = (): void => {
    if (!res.writableEnded && !res.destroyed) res.end();
  };
  return {
    open() {
      if (res.headersSent) return;
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', 'request-id': 'req_test' });
      const usage = { input_tokens: reply.usage.prompt_tokens, output_tokens: 1 };
      const message = { id: messageId, type: 'message', role: 'assistant', content: [], model: request.model, stop_reason: null, stop_sequence: null, usage };
      sse(res, 'message_start', { message });
      const block = tool ? { type: 'tool_use', id: `toolu_${messageId}`, name: tool, input: {} } : { type: 'text', text: '' };
      sse(res, 'content_block_start', { index: 0, content_block: block });
      sse(res, 'ping', {});
    },
    content(text) {
      sse(res, 'content_block_delta', { index: 0, delta: tool ? { type: 'input_json_delta', partial_json: text } : { type: 'text_delta', text } });
    },
    keepAlive: () => sse(res, 'ping', {}),
    errorFrame(message) {
      sse(res, 'error', { error: { type: 'overloaded_error', message: message ?? DEFAULT_ANTHROPIC_STREAM_ERROR } });
      end();
    },
    finish() {
      sse(res, 'content_block_stop', { index: 0 });
      const stopReason = reply.finishReason === 'length' ? 'max_tokens' : tool ? 'tool_use' : 'end_turn';
      sse(res, 'message_delta', { delta: { stop_reason: stopReason, stop_sequence: null }, usage: { output_tokens: reply.usage.completion_tokens } });
      sse(res, 'message_stop', {});
      end();
    },
  };
}

export async function handleAnthropicMessages(ctx: ChatContext & { request: AnthropicRequest }): Promise<void> {
  const { request, fault, signal } = ctx;
  if (fault?.kind === 'latency' && !(await delay(fault.ms, signal))) return;
  const error = fault ? anthropicErrors.fault(fault, request.model, promptTokens(request.messages)) : null;
  if (error) return sendErrorResponse(ctx.res, error);
  const reply = buildReply(request, fault);
  const writer = anthropicStreamWriter(ctx.res, request, reply, `msg_${ctx.completionId}`);
  await runStreamScript(ctx, splitIntoChunks(reply.content, fault?.chunkSize), writer);
}
