// Test LLM server on loopback (OpenAI, Anthropic and Gemini wire formats) with scripted faults: lifecycle, log.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { routeApi } from './api-routes.ts';
import { handleControl } from './control-routes.ts';
import { FaultQueue, parseFault, type ScriptedFault } from './faults.ts';
import { CORS_HEADERS, headersToRecord, parseJson, readBody, sendErrorResponse, sendJson } from './http-utils.ts';
import { invalidRequest } from './openai-errors.ts';

export type { FaultKind, FaultMatch, ScriptedFault } from './faults.ts';
export { defaultReplyText, REPLY_PREFIX } from './replies.ts';
export { sampleFromSchema } from './json-schema-sample.ts';
export { GEMINI_EMBEDDING_MODEL, TEST_MODELS } from './model-lists.ts';

export interface StartOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /**
   * When set, API routes require the key in the vendor's header (`Authorization: Bearer`, `api-key`,
   * `x-api-key`, `x-goog-api-key` or `?key=`), else the vendor's auth error.
   */
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
  /** http://127.0.0.1:PORT, also the Base URL for an Azure OpenAI provider (/openai/deployments/...). */
  url: string;
  /** url + '/v1': the Base URL for OpenAI-compatible and Anthropic providers. */
  baseUrl: string;
  /** url + '/v1beta': the Base URL for a Gemini provider. */
  geminiBaseUrl: string;
  port: number;
  /** Every /v1/*, /v1beta/* and /openai/* request (not OPTIONS preflights, not /__control/*), oldest first. */
  requests: RecordedRequest[];
  /** Appends faults to the queue; throws on an invalid fault. */
  script(...faults: ScriptedFault[]): void;
  /** Clears the fault queue and the request log. */
  reset(): void;
  close(): Promise<void>;
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

  async function handleApi(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams): Promise<void> {
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
    await routeApi({
      req,
      res,
      path,
      query,
      record,
      signal: ctl.signal,
      onServerCut: () => {
        serverCut = true;
      },
      defaultChunkDelayMs,
      apiKey: opts.apiKey,
      takeFault: (target) => queue.take(target),
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value);
    const { pathname: path, searchParams: query } = new URL(req.url ?? '/', 'http://localhost');

    if (req.method === 'OPTIONS') {
      // Chrome's private-network preflight wants this when a page fetches loopback.
      res.writeHead(204, { 'access-control-allow-private-network': 'true' });
      res.end();
      return;
    }
    if (path.startsWith('/__control/')) {
      return handleControl(req, res, path, { script, reset, requests });
    }
    if (/^\/(v1|v1beta|openai)\//.test(path)) return handleApi(req, res, path, query);
    if (req.method === 'GET' && path === '/') {
      // Readiness probe (e.g. Playwright webServer.url).
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Draftsmith test LLM server. OpenAI and Anthropic APIs under /v1, Gemini under /v1beta.\n');
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
    geminiBaseUrl: `${url}/v1beta`,
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
