// Answers one Gemini POST /v1beta/models/{model}:streamGenerateContent?alt=sse request, with its scripted fault applied.
import type { ServerResponse } from 'node:http';
import type { ChatContext } from './chat-completions.ts';
import type { ChatRequest, ResponseFormat } from './chat-request.ts';
import { delay } from './delay.ts';
import { DEFAULT_GEMINI_STREAM_ERROR, geminiErrors, googleErrorBody } from './gemini-error-replies.ts';
import { isRecord } from './guards.ts';
import { sendErrorResponse } from './http-utils.ts';
import type { ErrorResponse } from './openai-errors.ts';
import { promptTokens, splitIntoChunks, type ChatMessage } from './replies.ts';
import { buildReply, type Reply } from './reply-plan.ts';
import { runStreamScript, type StreamWriter } from './stream-script.ts';

/** Text of a Content's parts, as the content-part array contentText() reads. */
function partsText(content: unknown): { type: 'text'; text: string }[] {
  const parts = isRecord(content) && Array.isArray(content.parts) ? content.parts : [];
  return parts.flatMap((part) => (isRecord(part) && typeof part.text === 'string' ? [{ type: 'text' as const, text: part.text }] : []));
}

function parseFormat(config: Record<string, unknown>): ResponseFormat {
  if (config.responseMimeType !== 'application/json') return { type: 'text' };
  const schema = config.responseSchema ?? config.responseJsonSchema;
  return schema !== undefined ? { type: 'json_schema', name: '', schema } : { type: 'json_object' };
}

/** Validates what the real API would reject and the adapter must get right: contents and their roles. */
export function parseGeminiRequest(model: string, body: unknown): ChatRequest | ErrorResponse {
  if (!isRecord(body)) return geminiErrors.invalid('Invalid JSON payload received.');
  if (!Array.isArray(body.contents) || body.contents.length === 0) return geminiErrors.invalid('* GenerateContentRequest.contents: contents is not specified');
  const messages: ChatMessage[] = [];
  if (body.systemInstruction !== undefined) messages.push({ role: 'system', content: partsText(body.systemInstruction) });
  for (const content of body.contents) {
    const role = isRecord(content) ? content.role : undefined;
    if (role !== 'user' && role !== 'model') return geminiErrors.invalid('Please use a valid role: user, model.');
    messages.push({ role: role === 'model' ? 'assistant' : 'user', content: partsText(content) });
  }
  const config = isRecord(body.generationConfig) ? body.generationConfig : {};
  const max = config.maxOutputTokens;
  return {
    model,
    messages,
    stream: true,
    includeUsage: true,
    maxTokens: typeof max === 'number' && Number.isInteger(max) && max > 0 ? max : null,
    responseFormat: parseFormat(config),
  };
}

function geminiStreamWriter(res: ServerResponse, request: ChatRequest, reply: Reply, responseId: string): StreamWriter {
  const prompt = reply.usage.prompt_tokens;
  // Google's SSE separates frames with CRLF pairs.
  const frame = (payload: unknown): void => {
    if (!res.writableEnded && !res.destroyed) res.write(`data: ${JSON.stringify(payload)}\r\n\r\n`);
  };
  const response = (parts: { text: string }[], usage: Record<string, number>, finishReason?: string): unknown => ({
    candidates: [{ content: { parts, role: 'model' }, ...(finishReason ? { finishReason } : {}), index: 0 }],
    usageMetadata: usage,
    modelVersion: request.model,
    responseId,
  });
  const end = (): void => {
    if (!res.writableEnded && !res.destroyed) res.end();
  };
  return {
    open() {
      if (!res.headersSent) res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    },
    content: (text) => frame(response([{ text }], { promptTokenCount: prompt, totalTokenCount: prompt })),
    keepAlive() {
      if (!res.writableEnded && !res.destroyed) res.write(': keep-alive\r\n\r\n');
    },
    errorFrame(message) {
      frame(googleErrorBody(500, message ?? DEFAULT_GEMINI_STREAM_ERROR));
      end();
    },
    finish() {
      const { completion_tokens: completion, total_tokens: total } = reply.usage;
      const usage = { promptTokenCount: prompt, candidatesTokenCount: completion, totalTokenCount: total };
      frame(response([{ text: '' }], usage, reply.finishReason === 'length' ? 'MAX_TOKENS' : 'STOP'));
      end();
    },
  };
}

export async function handleGeminiGenerate(ctx: ChatContext): Promise<void> {
  const { request, fault, signal } = ctx;
  if (fault?.kind === 'latency' && !(await delay(fault.ms, signal))) return;
  const error = fault ? geminiErrors.fault(fault, request.model, promptTokens(request.messages)) : null;
  if (error) return sendErrorResponse(ctx.res, error);
  const reply = buildReply(request, fault);
  await runStreamScript(ctx, splitIntoChunks(reply.content, fault?.chunkSize), geminiStreamWriter(ctx.res, request, reply, ctx.completionId));
}
