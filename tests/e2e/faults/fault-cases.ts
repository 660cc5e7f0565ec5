// The faults the extension must survive, each with what the user should see.
import type { ScriptedFault } from '../../server/llm-server';

export interface FaultCase {
  name: string;
  faults: ScriptedFault[];
  // Text the status line must show at the end.
  status: RegExp;
  // Text the result must keep (partial text stays visible).
  result: RegExp | null;
  // The result is marked incomplete.
  incomplete: boolean;
  // The fault applied to each chat request that reached the server, in order (null: answered normally). Proves
  // the fault fired and counts retries: a case that ends in "Done" without its fault would show [null].
  served: Array<ScriptedFault['kind'] | null>;
}

const REPLY = 'one two three four five six';

export const FAULT_CASES: FaultCase[] = [
  { name: '429 with Retry-After', faults: [{ kind: 'rate-limit', retryAfter: '1' }], status: /^Done/, result: /Draftsmith test reply/, incomplete: false, served: ['rate-limit', null] },
  { name: '429 insufficient_quota', faults: [{ kind: 'insufficient-quota' }], status: /quota or credit is used up/, result: null, incomplete: false, served: ['insufficient-quota'] },
  { name: '500/503 burst', faults: [{ kind: 'http-error', status: 503, times: 2 }], status: /^Done/, result: /Draftsmith test reply/, incomplete: false, served: ['http-error', 'http-error', null] },
  { name: 'persistent 500', faults: [{ kind: 'http-error', status: 500, times: -1 }], status: /provider had an error/, result: null, incomplete: false, served: ['http-error', 'http-error', 'http-error'] },
  // The cut comes 200 ms after the second chunk: bytes that reach the browser but are still unread when the socket
  // fails are dropped by the streams layer, and on a loaded machine the pipeline then (rightly) retries a stream
  // that delivered nothing, so the case would test the machine's speed instead of the cut.
  { name: 'stream cut mid-way', faults: [{ kind: 'cut', afterChunks: 2, reply: REPLY, chunkDelayMs: 200 }], status: /Incomplete.*cut/, result: /^one two $/, incomplete: true, served: ['cut'] },
  { name: 'error frame in a 200 stream', faults: [{ kind: 'error-frame', afterChunks: 2, reply: REPLY, message: 'upstream exploded' }], status: /Incomplete.*upstream exploded/, result: /^one two $/, incomplete: true, served: ['error-frame'] },
  { name: 'stall (idle timeout)', faults: [{ kind: 'stall', afterChunks: 2, reply: REPLY }], status: /Incomplete.*timeout/, result: /^one two $/, incomplete: true, served: ['stall'] },
  { name: 'slow first token, within the timeout', faults: [{ kind: 'slow-first-token', ms: 800, reply: REPLY }], status: /^Done/, result: /^one two three four five six$/, incomplete: false, served: ['slow-first-token'] },
  { name: 'slow first token past the timeout, then a normal answer', faults: [{ kind: 'slow-first-token', ms: 4000 }], status: /^Done/, result: /Draftsmith test reply/, incomplete: false, served: ['slow-first-token', null] },
  { name: '401', faults: [{ kind: 'unauthorized' }], status: /rejected the API key \(401\)/, result: null, incomplete: false, served: ['unauthorized'] },
];
