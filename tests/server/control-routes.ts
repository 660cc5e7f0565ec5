// /__control/* endpoints: let another process (Playwright, curl) script faults over HTTP.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isRecord } from './guards.ts';
import { parseFault, type ScriptedFault } from './faults.ts';
import { parseJson, readBody, sendErrorResponse, sendJson } from './http-utils.ts';
import { invalidRequest } from './openai-errors.ts';

export interface ControlTarget {
  script(...faults: ScriptedFault[]): void;
  reset(): void;
  requests: readonly unknown[];
}

/** Accepts `{ faults: [...] }`, a bare array, or a single fault object. */
function faultsFromBody(body: unknown): ScriptedFault[] {
  const list = isRecord(body) && Array.isArray(body.faults) ? body.faults : Array.isArray(body) ? body : isRecord(body) && 'kind' in body ? [body] : null;
  if (list === null) throw new Error('expected { "faults": [ ... ] }');
  return list.map((fault, index) => {
    try {
      return parseFault(fault);
    } catch (error) {
      throw new Error(`faults[${index}]: ${(error as Error).message}`);
    }
  });
}

export async function handleControl(req: IncomingMessage, res: ServerResponse, path: string, target: ControlTarget): Promise<void> {
  const method = req.method ?? 'GET';
  if (method === 'POST' && path === '/__control/script') {
    let faults: ScriptedFault[];
    try {
      faults = faultsFromBody(parseJson(await readBody(req)));
    } catch (error) {
      return sendErrorResponse(res, invalidRequest((error as Error).message, 'faults', 'invalid_test_fault'));
    }
    target.script(...faults);
    return sendJson(res, 200, { ok: true, queued: faults.length });
  }
  if (method === 'POST' && path === '/__control/reset') {
    target.reset();
    return sendJson(res, 200, { ok: true });
  }
  if (method === 'GET' && path === '/__control/requests') {
    return sendJson(res, 200, target.requests);
  }
  sendErrorResponse(res, invalidRequest(`Unknown control endpoint (${method} ${path})`, null, null, 404));
}
