// Owns the dispatcher's contract with the pipeline: requests, grants, call outcomes and the merged call.
import { z } from 'zod';
import type { Clock } from '../clock';
import type { KeyValueStore } from '../kv-store';
import type { BatchingPolicy, RateLimitPolicy } from '../../settings/policy-schemas';

// Every waiting interactive request goes before any bulk one. Speculative work (autocomplete) never
// waits: it runs only when nothing is queued and room is left over, and is dropped otherwise.
export const PrioritySchema = z.enum(['interactive', 'bulk', 'speculative']);
export type Priority = z.infer<typeof PrioritySchema>;

export const BatchInfoSchema = z.object({
  // Requests may share a merged call only when their keys match (same model, settings, output shape).
  compatKey: z.string(),
  task: z.string(),
  promptTokens: z.number().min(0),
});
export type BatchInfo = z.infer<typeof BatchInfoSchema>;

export interface DispatchRequest {
  targetId: string;
  priority: Priority;
  // Prompt + max output, charged to tokens/min.
  estimatedTokens: number;
  signal: AbortSignal;
  // Present when this request may be merged with others.
  batch?: BatchInfo;
}

export interface CallOutcome {
  headers?: Headers;
  // A 429 with Retry-After.
  rateLimitedForMs?: number;
  tokensUsed?: number;
}

export type Grant =
  // The caller makes its own upstream call now, then reports how it went.
  | { kind: 'single'; complete(outcome: CallOutcome): void }
  // Answered by a merged call the dispatcher made.
  | { kind: 'batched'; text: string };

// Provided by the pipeline: one upstream call answering every task, in order.
// compatKey is the group's shared key (every task in one merged call has the same one).
export type MergedCall = (targetId: string, tasks: string[], signal: AbortSignal, compatKey: string) => Promise<string[]>;

export interface TargetSnapshot {
  pausedUntil: number;
  queued: number;
  requestsAvailable: number | null;
  tokensAvailable: number | null;
}

export interface Dispatcher {
  // Rejects with the AbortError DOMException if the signal aborts while queued, and a speculative
  // request with SpeculativeDroppedError when it would have to wait.
  acquire(request: DispatchRequest): Promise<Grant>;
  // A 429 with Retry-After pauses the whole queue of that target.
  pause(targetId: string, ms: number): void;
  observeHeaders(targetId: string, headers: Headers): void;
  queueDepth(targetId: string): number;
  // Loads persisted state after a service-worker restart.
  restore(): Promise<void>;
  snapshot(targetId: string): TargetSnapshot;
}

export interface DispatcherOptions {
  clock: Clock;
  // storage.session in the extension.
  store: KeyValueStore<unknown>;
  policyFor: (targetId: string) => RateLimitPolicy;
  batching: () => BatchingPolicy;
  callMerged: MergedCall;
}
