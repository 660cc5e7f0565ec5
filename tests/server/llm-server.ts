// OpenAI-compatible test server on loopback with scripted faults: lifecycle, routing, auth, log.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { handleChatCompletion } from './chat-completions.ts';
import { isErrorResponse, parseChatRequest } from './chat-request.ts';
import { FaultQueue, parseFault, type ScriptedFault } from './faults.ts';
import { CORS_HEADERS, headersToRecord, parseJson, readBody, sendErrorResponse, sendJson } from './http-utils.ts';
import { invalidRequest, missingApiKey, incorrectApiKey } from './openai-errors.ts';
import { lastUserText } from './replies.ts';
import { handleControl } from './control-routes.ts';

export type { FaultKind, FaultMatch, ScriptedFault } from './faults.ts';
export { defaultReplyText, REPLY_PREFIX } from './replies.ts';
export { sampleFromSchema } from './json-schema-sample.ts';

export interface StartOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** When set, /v1/* requires `Authorization: Bearer <key>` or an `api-key` header, else 401. */
  apiKey?: string;
  /** Gap between stream chunks when the fault does not say; default 5. */
  defaultChunkDelayMs?: number;
}

export interface RecordedRequest {
  id: number;
  method: string;
  /** Path without the query string. */
  path: string;
  headers: Record<string, string>;
  /** Parsed JSON body, or null when empty or not JSON. */
  body: unknown;
  rawBody: string;
  /** Date.now() when the request arrived. */
  at: number;
  /** Kind of the fault applied, or null. */
  fault: string | null;
  /** The client closed the connection before the response finished. */
  aborted: boolean;
}

export interface LlmServer {
  /** http://127.0.0.1:PORT */
  url: string;
  /** url + '/v1', what the extension's Base URL setting takes. */
  baseUrl: string;
  port: number;
  /** Every /v1/* request (not OPTIONS preflights, not /__control/*), oldest first. */
  requests: RecordedRequest[];
  /** Appends faults to the queue; throws on an invalid fault. */
  script(...faults: ScriptedFault[]): void;
  /** Clears the fault queue and the request log. */
  reset(): void;
  close(): Promise<void>;
}

export const TEST_MODELS = ['test-model', 'test-model-mini', 'fallback-model'] as const;
const MODEL_CREATED = 1_700_000_000;

function modelObject(id: string): Record<string, unknown> {
  return { id, object: 'model', created: MODEL_CREATED, owned_by: 'draftsmith-test' };
}

/** Returns the key the client sent, from `Authorization: Bearer` or the Azure-style `api-key`. */
function providedKey(req: IncomingMessage): string | undefined {
  const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
  const apiKeyHeader = req.headers['api-key'];
  return bearer?.trim() ?? (typeof apiKeyHeader === 'string' ? apiKeyHeader.trim() : undefined);
}

export async function startLlmServer(opts: StartOptions = {}): Promise<LlmServer> {
  const host = opts.host ?? '127.0.0.1';
  const defaultChunkDelayMs = opts.defaultChunkDelayMs ?? 5;
  const requests: RecordedRequest[] = [];
  const queue = new FaultQueue();
  const inFlight = new Set<AbortController>();
  const sockets = new Set<Socket>();
  let nextId = 1;
  let closing = false;

  const script = (...faults: ScriptedFault[]): void => {
    // Validate all first so a bad fault queues nothing.
    const valid = faults.map((fault) => parseFault(fault));
    for (const fault of valid) queue.push(fault);
  };
  const reset = (): void => {
    queue.clear();
    requests.length = 0; // keep the array identity handed out as `requests`
    nextId = 1;
  };

  async function handleChat(req: IncomingMessage, res: ServerResponse, record: RecordedRequest, ctl: AbortController, cut: () => void): Promise<void> {
    const request = parseChatRequest(record.body);
    if (isErrorResponse(request)) {
      sendErrorResponse(res, request);
      return;
    }
    let fault: ScriptedFault | null;
    const header = req.headers['x-test-fault'];
    if (typeof header === 'string') {
      try {
        fault = parseFault(parseJson(header));
      } catch (error) {
        sendErrorResponse(res, invalidRequest(`Invalid x-test-fault header: ${(error as Error).message}`, null, 'invalid_test_fault'));
        return;
      }
    } else {
      fault = queue.take({ model: request.model, lastUserText: lastUserText(request.messages) });
    }
    record.fault = fault?.kind ?? null;
    await handleChatCompletion({
      res,
      request,
      fault,
      completionId: `chatcmpl-${record.id}`,
      signal: ctl.signal,
      defaultChunkDelayMs,
      onServerCut: cut,
    });
  }

  async function handleV1(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const record: RecordedRequest = {
      id: nextId++,
      method: req.method ?? 'GET',
      path,
      headers: headersToRecord(req.headers),
      body: null,
      rawBody: '',
      at: Date.now(),
      fault: null,
      aborted: false,
    };
    requests.push(record);
    const ctl = new AbortController();
    inFlight.add(ctl);
    let serverCut = false;
    res.on('close', () => {
      // A close before the end is the client's doing, unless we cut or are shutting down.
      if (!res.writableFinished && !serverCut && !closing) record.aborted = true;
      ctl.abort();
      inFlight.delete(ctl);
    });

    record.rawBody = await readBody(req);
    record.body = record.rawBody === '' ? null : parseJson(record.rawBody);

    if (opts.apiKey !== undefined) {
      const key = providedKey(req);
      if (key === undefined || key === '') return sendErrorResponse(res, missingApiKey());
      if (key !== opts.apiKey) return sendErrorResponse(res, incorrectApiKey());
    }

    const method = record.method;
    if (method === 'GET' && path === '/v1/models') {
      return sendJson(res, 200, { object: 'list', data: TEST_MODELS.map(modelObject) });
    }
    const modelId = /^\/v1\/models\/(.+)$/.exec(path)?.[1];
    if (method === 'GET' && modelId !== undefined) {
      const id = decodeURIComponent(modelId);
      if ((TEST_MODELS as readonly string[]).includes(id)) return sendJson(res, 200, modelObject(id));
      return sendErrorResponse(res, invalidRequest(`The model '${id}' does not exist`, 'model', 'model_not_found', 404));
    }
    if (method === 'POST' && path === '/v1/chat/completions') {
      return handleChat(req, res, record, ctl, () => {
        serverCut = true;
      });
    }
    sendErrorResponse(res, invalidRequest(`Invalid URL (${method} ${path})`, null, null, 404));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;

    if (req.method === 'OPTIONS') {
      // Chrome's private-network preflight wants this when a page fetches loopback.
      res.writeHead(204, { 'access-control-allow-private-network': 'true' });
      res.end();
      return;
    }
    if (path.startsWith('/__control/')) {
      return handleControl(req, res, path, { script, reset, requests });
    }
    if (path.startsWith('/v1/')) return handleV1(req, res, path);
    if (req.method === 'GET' && path === '/') {
      // Readiness probe (e.g. Playwright webServer.url).
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Draftsmith test LLM server. OpenAI API under /v1.\n');
      return;
    }
    sendErrorResponse(res, invalidRequest(`Invalid URL (${req.method ?? 'GET'} ${path})`, null, null, 404));
  }

  const server = createServer({ noDelay: true }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.destroyed) return; // client went away mid-request; nothing to report
      console.error('[llm-server] handler failed:', error);
      if (!res.headersSent) sendJson(res, 500, { error: { message: String(error), type: 'server_error', param: null, code: null } });
      else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  let closed: Promise<void> | null = null;

  return {
    url,
    baseUrl: `${url}/v1`,
    port,
    requests,
    script,
    reset,
    close(): Promise<void> {
      closed ??= new Promise<void>((resolve) => {
        closing = true;
        for (const ctl of inFlight) ctl.abort(); // clears stall/latency timers
        server.close(() => resolve());
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      });
      return closed;
    },
  };
}
