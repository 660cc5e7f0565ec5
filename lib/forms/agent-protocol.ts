// Owns what the background asks the form agent in a page frame, and what the agent answers.
// The agent imports only the types (no zod in pages); the background validates every answer.
import { z } from 'zod';
import { FieldValueSchema, FrameFieldsSchema } from './form-field';

export const FieldWriteSchema = z.object({
  index: z.number().int().nonnegative(),
  name: z.string().max(200),
  value: FieldValueSchema,
  // What the field held when it was read: a field the user has changed since is left alone.
  expected: FieldValueSchema,
});
export type FieldWrite = z.infer<typeof FieldWriteSchema>;

export const AgentCommandSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('extract') }),
  z.object({ op: z.literal('fill'), writes: z.array(FieldWriteSchema).max(500), highlight: z.boolean() }),
]);
export type AgentCommand = z.infer<typeof AgentCommandSchema>;

// written: done; changed: the user edited it since it was read; missing: the field is gone;
// refused: it is (now) a sensitive or unusable field; rejected: the page did not take the value.
export const WriteOutcomeSchema = z.enum(['written', 'changed', 'missing', 'refused', 'rejected']);
export type WriteOutcome = z.infer<typeof WriteOutcomeSchema>;

export const WriteResultSchema = z.object({
  index: z.number().int().nonnegative(),
  name: z.string().max(200),
  outcome: WriteOutcomeSchema,
  // The value before writing, to undo with.
  previous: FieldValueSchema.optional(),
  // The value as the page holds it after writing (pages normalise), which an undo expects to find.
  current: FieldValueSchema.optional(),
});
export type WriteResult = z.infer<typeof WriteResultSchema>;

export const AgentResultSchema = z.union([
  z.object({ op: z.literal('extract'), frame: FrameFieldsSchema }),
  z.object({ op: z.literal('fill'), results: z.array(WriteResultSchema).max(500) }),
]);
export type AgentResult = z.infer<typeof AgentResultSchema>;
