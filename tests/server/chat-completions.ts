// Answers one /v1/chat/completions request, streamed or not, with its scripted fault applied.
import type { ServerResponse } from 'node:http';
import type { ChatRequest } from './chat-request.ts';
import { delay, untilAborted } from './delay.ts';
import type { ScriptedFault } from './faults.ts';
import { sendErrorResponse, sendJson } from './http-utils.ts';
import { faultErrorResponse, openAiError } from './openai-errors.ts';
import { promptTokens, splitIntoChunks } from './replies.ts';
import { buildReply, type Reply } from './reply-plan.ts';
import { SseWriter } from './sse-writer.ts';
import { cutConnection, runStreamScript, type StreamWriter } from './stream-script.ts';

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

function openAiStreamWriter(ctx: ChatContext, reply: Reply): StreamWriter {
  const { res, request } = ctx;
  const writer = new SseWriter(res, {
    id: ctx.completionId,
    created: Math.floor(Date.now() / 1000),
    model: request.model,
    includeUsage: request.includeUsage,
  });
  return {
    open() {
      writer.open();
      writer.role();
    },
    content: (text) => writer.content(text),
    keepAlive: () => writer.comment('keep-alive'),
    errorFrame: (message) => writer.errorFrame(message ?? DEFAULT_STREAM_ERROR),
    finish() {
      writer.finish(reply.finishReason);
      if (request.includeUsage) writer.usage(reply.usage);
      writer.done();
    },
  };
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
      await cutConnection(res, ctx.onServerCut);
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
  if (request.stream) await runStreamScript(ctx, splitIntoChunks(reply.content, fault?.chunkSize), openAiStreamWriter(ctx, reply));
  else await respondJson(ctx, reply);
}
