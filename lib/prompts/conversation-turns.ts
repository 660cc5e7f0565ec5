// Owns the follow-up turns of a refined answer: their shape and limits, and how they extend the chat messages.
import { z } from 'zod';
import type { ChatMessage } from '../providers/types';

// Limits: a refinement chain longer than this is better started afresh, and an answer in the chain can be
// no longer than the largest answer a model may give (32k tokens, ≈4 characters each).
export const MAX_TURNS = 20;
export const MAX_ASSISTANT_TURN_CHARS = 128_000;
export const MAX_USER_TURN_CHARS = 2_000;

export const ConversationTurnSchema = z.discriminatedUnion('role', [
  // A previous answer, sent back as the model's own turn.
  z.object({ role: z.literal('assistant'), content: z.string().min(1).max(MAX_ASSISTANT_TURN_CHARS) }),
  // The user's follow-up instruction ("warmer", "add a call to action").
  z.object({ role: z.literal('user'), content: z.string().trim().min(1).max(MAX_USER_TURN_CHARS) }),
]);
export type ConversationTurn = z.infer<typeof ConversationTurnSchema>;

// After the first user message the turns alternate answer, instruction, …, and end on an instruction, so
// the model always has something to answer and providers that want alternating roles get them.
export const ConversationTurnsSchema = z
  .array(ConversationTurnSchema)
  .max(MAX_TURNS)
  .refine((turns) => turns.every((turn, index) => turn.role === (index % 2 === 0 ? 'assistant' : 'user')), {
    message: 'Turns must alternate assistant, user, … starting with the assistant.',
  })
  .refine((turns) => turns.length % 2 === 0, { message: 'Turns must end with a user instruction.' });

export function appendTurns(messages: readonly ChatMessage[], turns: readonly ConversationTurn[] = []): ChatMessage[] {
  return [...messages, ...turns.map((turn) => ({ role: turn.role, content: turn.content }))];
}
