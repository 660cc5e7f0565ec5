// Routes /v1/* (OpenAI, Anthropic), /openai/deployments/* (Azure) and /v1beta/* (Gemini): auth, fault choice, handler.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { anthropicErrors } from './anthropic-error-replies.ts';
import { handleAnthropicMessages, parseAnthropicRequest } from './anthropic-messages.ts';
import { handleChatCompletion, type ChatContext } from './chat-completions.ts';
import { isErrorResponse, parseChatRequest, type ChatRequest } from './chat-request.ts';
import { parseFault, type MatchTarget, type ScriptedFault } from './faults.ts';
import { geminiErrors } from './gemini-error-replies.ts';
import { handleGeminiGenerate, parseGeminiRequest } from './gemini-generate.ts';
import { parseJson, sendErrorResponse, sendJson } from './http-utils.ts';
import { anthropicModel, anthropicModelList, geminiModelList, isTestModel, openAiModel, openAiModelList } from './model-lists.ts';
import { handleModeration } from './moderations.ts';
import { invalidRequest, type ErrorResponse } from './openai-errors.ts';
import { lastUserText } from './replies.ts';
import { openAiErrors, type VendorErrors } from './vendor-errors.ts';

export interface ApiRouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  /** Path without the query string. */
  path: string;
  query: URLSearchParams;
  /** The log entry for this request: the parsed body in, the applied fault kind out. */
  record: { id: number; body: unknown; fault: string | null };
  signal: AbortSignal;
  onServerCut: () => void;
  defaultChunkDelayMs: number;
  apiKey: string | undefined;
  takeFault(target: MatchTarget): ScriptedFault | null;
}

type Vendor = 'openai' | 'anthropic' | 'gemini';
const VENDOR_ERRORS: Record<Vendor, VendorErrors> = { openai: openAiErrors, anthropic: anthropicErrors, gemini: geminiErrors };
const GEMINI_STREAM = /^\/v1beta\/models\/([^/:]+):streamGenerateContent$/;
const AZURE_CHAT = /^\/openai\/deployments\/([^/]+)\/chat\/completions$/;

function vendorOf(ctx: ApiRouteContext): Vendor {
  if (ctx.path.startsWith('/v1beta/')) return 'gemini';
  // Anthropic's models list shares OpenAI's path; its clients always send anthropic-version.
  if (ctx.path === '/v1/messages' || ctx.req.headers['anthropic-version'] !== undefined) return 'anthropic';
  return 'openai';
}

/** The key the client sent: Bearer, Azure's api-key, Anthropic's x-api-key, or Google's x-goog-api-key / ?key=. */
function providedKey(ctx: ApiRouteContext): string | undefined {
  const { headers } = ctx.req;
  const bearer = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '')?.[1];
  for (const value of [bearer, headers['api-key'], headers['x-api-key'], headers['x-goog-api-key'], ctx.query.get('key') ?? undefined]) {
    if (typeof value === 'string') return value.trim();
  }
  return undefined;
}

/** The x-test-fault header wins over the queue; a malformed header is an error reply. */
function chooseFault(ctx: ApiRouteContext, request: ChatRequest, errors: VendorErrors): { fault: ScriptedFault | null } | { error: ErrorResponse } {
  const header = ctx.req.headers['x-test-fault'];
  if (typeof header !== 'string') return { fault: ctx.takeFault({ model: request.model, lastUserText: lastUserText(request.messages) }) };
  try {
    return { fault: parseFault(parseJson(header)) };
  } catch (error) {
    return { error: errors.invalid(`Invalid x-test-fault header: ${(error as Error).message}`, 400, 'invalid_test_fault') };
  }
}

async function runCompletion<R extends ChatRequest>(
  ctx: ApiRouteContext,
  errors: VendorErrors,
  request: R | ErrorResponse,
  handler: (chat: ChatContext & { request: R }) => Promise<void>,
): Promise<void> {
  if (isErrorResponse(request)) return sendErrorResponse(ctx.res, request);
  const chosen = chooseFault(ctx, request, errors);
  if ('error' in chosen) return sendErrorResponse(ctx.res, chosen.error);
  const { fault } = chosen;
  ctx.record.fault = fault?.kind ?? null;
  await handler({
    res: ctx.res,
    request,
    fault,
    completionId: `chatcmpl-${ctx.record.id}`,
    signal: ctx.signal,
    defaultChunkDelayMs: ctx.defaultChunkDelayMs,
    onServerCut: ctx.onServerCut,
  });
}

export async function routeApi(ctx: ApiRouteContext): Promise<void> {
  const { res, path, record } = ctx;
  const method = ctx.req.method ?? 'GET';
  const vendor = vendorOf(ctx);
  const errors = VENDOR_ERRORS[vendor];

  if (ctx.apiKey !== undefined) {
    const key = providedKey(ctx);
    if (key === undefined || key === '') return sendErrorResponse(res, errors.missingKey());
    if (key !== ctx.apiKey) return sendErrorResponse(res, errors.incorrectKey());
  }

  if (method === 'GET' && path === '/v1/models') return sendJson(res, 200, vendor === 'anthropic' ? anthropicModelList() : openAiModelList());
  if (method === 'GET' && path === '/v1beta/models') return sendJson(res, 200, geminiModelList());
  const modelId = /^\/v1\/models\/(.+)$/.exec(path)?.[1];
  if (method === 'GET' && modelId !== undefined) {
    const id = decodeURIComponent(modelId);
    if (isTestModel(id)) return sendJson(res, 200, vendor === 'anthropic' ? anthropicModel(id) : openAiModel(id));
    const notFound = vendor === 'anthropic' ? errors.invalid(`model: ${id}`, 404) : invalidRequest(`The model '${id}' does not exist`, 'model', 'model_not_found', 404);
    return sendErrorResponse(res, notFound);
  }
  if (method === 'POST' && path === '/v1/chat/completions') {
    return runCompletion(ctx, errors, parseChatRequest(record.body), handleChatCompletion);
  }
  if (method === 'POST' && path === '/v1/moderations') return handleModeration(res, record.body);
  if (method === 'POST' && path === '/v1/messages') {
    return runCompletion(ctx, errors, parseAnthropicRequest(record.body), handleAnthropicMessages);
  }
  const deployment = AZURE_CHAT.exec(path)?.[1];
  if (method === 'POST' && deployment !== undefined) {
    // Azure names the model by its deployment in the path; the body's model is ignored.
    if (!ctx.query.get('api-version')) return sendErrorResponse(res, errors.invalid('Resource not found', 404));
    const request = parseChatRequest(record.body);
    const named = isErrorResponse(request) ? request : { ...request, model: decodeURIComponent(deployment) };
    return runCompletion(ctx, errors, named, handleChatCompletion);
  }
  const geminiModel = GEMINI_STREAM.exec(path)?.[1];
  if (method === 'POST' && geminiModel !== undefined) {
    if (ctx.query.get('alt') !== 'sse') return sendErrorResponse(res, errors.invalid('The test server streams Gemini replies only with ?alt=sse.'));
    return runCompletion(ctx, errors, parseGeminiRequest(decodeURIComponent(geminiModel), record.body), handleGeminiGenerate);
  }
  sendErrorResponse(res, errors.invalid(`Invalid URL (${method} ${path})`, 404));
}

