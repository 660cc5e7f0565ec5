// Owns @webext-core/messaging's wire format for the messages sent without its messenger (the eager script's site
// question, the worker's messages to tabs): { id, type, data, timestamp } out, { res } or { err } back. No imports,
// so the eager script can use it.
let nextId = Math.floor(Math.random() * 10_000);

export function wireMessage<T extends string, D>(type: T, data: D): { id: number; type: T; data: D; timestamp: number } {
  return { id: nextId++, type, data, timestamp: Date.now() };
}

// The handler's `res`; its error, or `noAnswer` when no handler answered, thrown as an Error.
export function readWireReply(reply: unknown, noAnswer: string): unknown {
  const answer = typeof reply === 'object' && reply !== null ? (reply as { res?: unknown; err?: { message?: unknown } | null }) : null;
  if (answer?.err !== undefined && answer.err !== null) throw new Error(typeof answer.err.message === 'string' ? answer.err.message : noAnswer);
  if (!answer || !('res' in answer)) throw new Error(noAnswer);
  return answer.res;
}
