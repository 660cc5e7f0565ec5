// Owns choosing which waiting requests ride along in one merged call with the request being released.
import type { BatchingPolicy } from '../../settings/policy-schemas';
import type { DispatchRequest } from '../rate-limit/dispatch-types';

interface Candidate {
  request: DispatchRequest;
  noBatch: boolean;
}

function mergeable(candidate: Candidate, policy: BatchingPolicy): boolean {
  const batch = candidate.request.batch;
  return batch !== undefined && !candidate.noBatch && batch.promptTokens <= policy.maxPromptTokens;
}

// The head first, then compatible waiters in lane order, while their summed tokens still fit.
// A group of one means "release the head alone".
export function selectBatch<W extends Candidate>(
  head: W,
  ordered: readonly W[],
  policy: BatchingPolicy,
  tokensFit: (tokens: number) => boolean,
): W[] {
  if (!policy.enabled || !mergeable(head, policy)) return [head];
  const key = head.request.batch?.compatKey;
  const group = [head];
  let tokens = head.request.estimatedTokens;
  for (const candidate of ordered) {
    if (group.length >= policy.maxBatchSize) break;
    if (candidate === head || !mergeable(candidate, policy) || candidate.request.batch?.compatKey !== key) continue;
    // Stop rather than skip, so a later request never overtakes an earlier compatible one.
    if (!tokensFit(tokens + candidate.request.estimatedTokens)) break;
    group.push(candidate);
    tokens += candidate.request.estimatedTokens;
  }
  return group;
}
