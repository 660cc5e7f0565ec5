// Answers one /v1/chat/completions request, streamed or not, with its scripted fault applied.
import type { ServerResponse } from 'node:http';
import type { ChatRequest } from './chat-request.ts';
import { delay, untilAborted } from './delay.ts';
import type { ScriptedFault } from './faults.ts';
import { sendErrorResponse, sendJson } from './http-utils.ts';
import { sampleFromSchema } from './json-schema-sample.ts';
import { faultErrorResponse, openAiError } from './openai-errors.ts';
import { countWords, defaultReplyText, promptTokens, splitIntoChunks, truncateToTokens } from './replies.ts';
import { SseWriter, type FinishReason, type Usage } from './sse-writer.ts';

const DEFAULT_STREAM_ERROR = 'The server had an error while processing your request. Sorry about that!';

export interface ChatContext {
  res: ServerResponse;
  request: ChatRequest;
  fault: ScriptedFault | null;
  completionId: string;
  /** Aborts when the client disconnects or the server closes. */
  signal: AbortSignal;
  defaultChunkDelayMs: number;
  /** Called before the server drops the socket itself, so it is not logged as a client abort. */
  onServerCut: () => void;
}

interface Reply {
  content: string;
  finishReason: FinishReason;
  usage: Usage;
}

/** Unscripted content: JSON for response_format json modes, else the echo reply. */
function unscriptedContent(request: ChatRequest): string {
  const format = request.responseFormat;
  if (format.type === 'json_schema' && format.schema !== undefined) return JSON.stringify(sampleFromSchema(format.schema));
  if (format.type !== 'text') return JSON.stringify({ reply: defaultReplyText(request.messages) });
  return defaultReplyText(request.messages);
}

function buildReply(request: ChatRequest, fault: ScriptedFault | null): Reply {
  const { text, truncated } = truncateToTokens(fault?.reply ?? unscriptedContent(request), request.maxTokens);
  const prompt = promptTokens(request.messages);
  const completion = countWords(text);
  return {
    content: text,
    finishReason: truncated ? 'length' : 'stop',
    usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion },
  };
}

/** Drops the connection mid-response, after the bytes already written reach the client. */
async function cutConnection(ctx: ChatContext): Promise<void> {
  ctx.onServerCut();
  const socket = ctx.res.socket;
  if (!socket || socket.destroyed) return;
  // end() flushes pending writes then sends FIN; the chunked body stays unterminated.
  await new Promise<void>((resolve) => {
    socket.once('close', () => resolve());
    socket.end(() => resolve());
  });
  socket.destroy();
}

async function stream(ctx: ChatContext, reply: Reply): Promise<void> {
  const { res, request, fault, signal } = ctx;
  const writer = new SseWriter(res, {
    id: ctx.completionId,
    created: Math.floor(Date.now() / 1000),
    model: request.model,
    includeUsage: request.includeUsage,
  });
  const chunkDelay = fault?.chunkDelayMs ?? ctx.defaultChunkDelayMs;
  const keepAliveEvery = fault?.kind === 'keepalive' ? fault.everyMs : null;

  // Waits between frames; with the keepalive fault, fills the wait with SSE comments.
  const pause = async (ms: number): Promise<boolean> => {
    if (keepAliveEvery === null) return delay(ms, signal);
    writer.comment('keep-alive');
    let left = ms;
    while (left > keepAliveEvery) {
      if (!(await delay(keepAliveEvery, signal))) return false;
      writer.comment('keep-alive');
      left -= keepAliveEvery;
    }
    return delay(left, signal);
  };

  let firstWait = chunkDelay;
  if (fault?.kind === 'slow-first-token') firstWait = fault.ms;
  if (fault?.kind === 'keepalive') firstWait = fault.firstTokenMs ?? chunkDelay;
  const stopAfter = fault?.kind === 'error-frame' || fault?.kind === 'cut' || fault?.kind === 'stall' ? fault.afterChunks : Infinity;

  writer.open();
  writer.role();
  const chunks = splitIntoChunks(reply.content, fault?.chunkSize);
  for (const [index, chunk] of chunks.entries()) {
    if (index >= stopAfter) break;
    if (!(await pause(index === 0 ? firstWait : chunkDelay))) return;
    writer.content(chunk);
  }

  if (fault?.kind === 'stall') {
    await untilAborted(signal);
    return;
  }
  if (!(await pause(chunkDelay))) return;
  if (fault?.kind === 'error-frame') {
    writer.errorFrame(fault.message ?? DEFAULT_STREAM_ERROR);
    return;
  }
  if (fault?.kind === 'cut') {
    await cutConnection(ctx);
    return;
  }
  writer.finish(reply.finishReason);
  if (request.includeUsage) writer.usage(reply.usage);
  writer.done();
}

async function respondJson(ctx: ChatContext, reply: Reply): Promise<void> {
  const { res, request, fault, signal } = ctx;
  const completion = {
    id: ctx.completionId,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: request.model,
    system_fingerprint: 'fp_test',
    choices: [
      { index: 0, message: { role: 'assistant', content: reply.content }, logprobs: null, finish_reason: reply.finishReason },
    ],
    usage: reply.usage,
  };
  // Stream-shaped faults get their nearest non-stream equivalent.
  switch (fault?.kind) {
    case 'slow-first-token':
      if (!(await delay(fault.ms, signal))) return;
      break;
    case 'stall':
      await untilAborted(signal);
      return;
    case 'error-frame':
      sendJson(res, 500, openAiError(fault.message ?? DEFAULT_STREAM_ERROR, 'server_error'));
      return;
    case 'cut': {
      const text = JSON.stringify(completion);
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.write(text.slice(0, Math.floor(text.length / 2)));
      await cutConnection(ctx);
      return;
    }
    default:
      break;
  }
  sendJson(res, 200, completion);
}

export async function handleChatCompletion(ctx: ChatContext): Promise<void> {
  const { request, fault, signal } = ctx;
  if (fault?.kind === 'latency' && !(await delay(fault.ms, signal))) return;

  const error = fault ? faultErrorResponse(fault, request.model, promptTokens(request.messages)) : null;
  if (error) {
    sendErrorResponse(ctx.res, error);
    return;
  }
  const reply = buildReply(request, fault);
  if (request.stream) await stream(ctx, reply);
  else await respondJson(ctx, reply);
}
