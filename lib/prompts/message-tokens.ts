// Owns what a chat prompt costs in tokens: the message contents plus the chat format's framing.
import type { ChatMessage } from '../providers/types';
import type { TokenCounter } from './token-count';

// OpenAI's chat format adds ≈3 tokens per message (role and separators) and 3 to prime the reply.
export const TOKENS_PER_MESSAGE = 3;
export const REPLY_PRIMING_TOKENS = 3;

function framing(messages: readonly ChatMessage[]): number {
  return messages.length * TOKENS_PER_MESSAGE + REPLY_PRIMING_TOKENS;
}

export function estimateMessages(messages: readonly ChatMessage[], counter: TokenCounter): number {
  return messages.reduce((sum, message) => sum + counter.estimate(message.content), framing(messages));
}

export async function countMessages(messages: readonly ChatMessage[], counter: TokenCounter): Promise<number> {
  let sum = framing(messages);
  for (const message of messages) sum += await counter.count(message.content);
  return sum;
}

// Exact count without waiting, when the tokenizer is already loaded (e.g. to firm up an estimated promptTokens).
export function countMessagesSync(messages: readonly ChatMessage[], counter: TokenCounter): number | null {
  let sum = framing(messages);
  for (const message of messages) {
    const tokens = counter.countSync?.(message.content) ?? null;
    if (tokens === null) return null;
    sum += tokens;
  }
  return sum;
}
