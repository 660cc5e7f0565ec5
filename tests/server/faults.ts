// Scripted fault schema, validation of faults that arrive as JSON, and the fault queue.
import { isRecord } from './guards.ts';

/** Which requests a queued fault applies to; every given field must fit. */
export interface FaultMatch {
  model?: string;
  /** Substring of the last user message's text. */
  contains?: string;
}

/** Options shared by every fault kind. */
export interface FaultBase {
  match?: FaultMatch;
  /** How many requests this fault applies to. Default 1; -1 or Infinity = forever. */
  times?: number;
  /** Replaces the reply content. */
  reply?: string;
  chunkDelayMs?: number;
  /** Characters per content chunk; default is one word plus its trailing whitespace. */
  chunkSize?: number;
}

export type ScriptedFault = FaultBase &
  (
    | { kind: 'ok' }
    | { kind: 'latency'; ms: number }
    | { kind: 'slow-first-token'; ms: number }
    | {
        kind: 'rate-limit';
        /** Value of the `retry-after` header: seconds or an HTTP date. */
        retryAfter?: string;
        /** Value of the `retry-after-ms` header. */
        retryAfterMs?: number;
        headers?: Record<string, string>;
      }
    | { kind: 'insufficient-quota' }
    | { kind: 'unauthorized' }
    | { kind: 'http-error'; status?: number; body?: unknown; contextLength?: boolean }
    | { kind: 'error-frame'; afterChunks: number; message?: string }
    | { kind: 'cut'; afterChunks: number }
    | { kind: 'stall'; afterChunks: number }
    | { kind: 'keepalive'; everyMs: number; firstTokenMs?: number }
  );

export type FaultKind = ScriptedFault['kind'];

export const FAULT_KINDS: readonly FaultKind[] = [
  'ok',
  'latency',
  'slow-first-token',
  'rate-limit',
  'insufficient-quota',
  'unauthorized',
  'http-error',
  'error-frame',
  'cut',
  'stall',
  'keepalive',
];

function isFaultKind(value: unknown): value is FaultKind {
  return typeof value === 'string' && (FAULT_KINDS as readonly string[]).includes(value);
}

function checkNumber(obj: Record<string, unknown>, key: string, required: boolean, min: number): void {
  const value = obj[key];
  if (value === undefined && !required) return;
  if (typeof value !== 'number' || Number.isNaN(value) || value < min) {
    throw new Error(`fault.${key} must be a number >= ${min}`);
  }
}

function checkString(obj: Record<string, unknown>, key: string): void {
  const value = obj[key];
  if (value !== undefined && typeof value !== 'string') throw new Error(`fault.${key} must be a string`);
}

/**
 * Validates a fault that came in as JSON (control endpoint, x-test-fault header) or from
 * untyped callers; throws an Error that says what is wrong. Returns the same object.
 */
export function parseFault(value: unknown): ScriptedFault {
  if (!isRecord(value)) throw new Error('fault must be an object');
  const kind = value.kind;
  if (!isFaultKind(kind)) throw new Error(`fault.kind must be one of: ${FAULT_KINDS.join(', ')}`);

  const times = value.times;
  if (times !== undefined && times !== -1 && times !== Infinity && !(Number.isInteger(times) && Number(times) >= 1)) {
    throw new Error('fault.times must be a positive integer, -1 or Infinity');
  }
  checkString(value, 'reply');
  checkNumber(value, 'chunkDelayMs', false, 0);
  checkNumber(value, 'chunkSize', false, 1);
  const match = value.match;
  if (match !== undefined) {
    if (!isRecord(match)) throw new Error('fault.match must be an object');
    checkString(match, 'model');
    checkString(match, 'contains');
  }

  switch (kind) {
    case 'latency':
    case 'slow-first-token':
      checkNumber(value, 'ms', true, 0);
      break;
    case 'error-frame':
      checkNumber(value, 'afterChunks', true, 0);
      checkString(value, 'message');
      break;
    case 'cut':
    case 'stall':
      checkNumber(value, 'afterChunks', true, 0);
      break;
    case 'keepalive':
      checkNumber(value, 'everyMs', true, 1);
      checkNumber(value, 'firstTokenMs', false, 0);
      break;
    case 'rate-limit': {
      checkString(value, 'retryAfter');
      checkNumber(value, 'retryAfterMs', false, 0);
      const headers = value.headers;
      if (headers !== undefined && !(isRecord(headers) && Object.values(headers).every((h) => typeof h === 'string'))) {
        throw new Error('fault.headers must be an object of strings');
      }
      break;
    }
    case 'http-error':
      checkNumber(value, 'status', false, 100);
      if (typeof value.status === 'number' && (value.status > 599 || !Number.isInteger(value.status))) {
        throw new Error('fault.status must be an HTTP status code');
      }
      if (value.contextLength !== undefined && typeof value.contextLength !== 'boolean') {
        throw new Error('fault.contextLength must be a boolean');
      }
      break;
    case 'ok':
    case 'insufficient-quota':
    case 'unauthorized':
      break;
  }
  // Every field was checked above against the union, so this cast is sound.
  return value as unknown as ScriptedFault;
}

/** What a queued fault's `match` is compared with. */
export interface MatchTarget {
  model: string;
  lastUserText: string;
}

function fits(match: FaultMatch | undefined, target: MatchTarget): boolean {
  if (!match) return true;
  if (match.model !== undefined && match.model !== target.model) return false;
  if (match.contains !== undefined && !target.lastUserText.includes(match.contains)) return false;
  return true;
}

interface QueueEntry {
  fault: ScriptedFault;
  /** Uses left; Infinity = forever. */
  remaining: number;
}

/** FIFO of scripted faults; each request takes the first one whose match fits. */
export class FaultQueue {
  private entries: QueueEntry[] = [];

  push(fault: ScriptedFault): void {
    const times = fault.times ?? 1;
    this.entries.push({ fault, remaining: times === -1 ? Infinity : times });
  }

  take(target: MatchTarget): ScriptedFault | null {
    const index = this.entries.findIndex((entry) => fits(entry.fault.match, target));
    const entry = this.entries[index];
    if (!entry) return null;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.entries.splice(index, 1);
    return entry.fault;
  }

  clear(): void {
    this.entries = [];
  }

  get size(): number {
    return this.entries.length;
  }
}
