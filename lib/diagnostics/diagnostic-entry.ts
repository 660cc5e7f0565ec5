// Owns the shape of one diagnostics entry: where a swallowed failure happened and what class of error it was.
// Never keys, prompts or page text: only the stage, the target id, the error's class, code and status, and a
// short redacted message from the error itself.
import { z } from 'zod';
import { redact } from './redact';

export const DiagnosticStageSchema = z.enum([
  'startup',
  'settings',
  'secrets',
  'cache',
  'metrics',
  'history',
  'offline-queue',
  'rate-limit',
  'breaker',
  'context-menu',
  'generation-port',
  'form-fill',
  'selection',
  'panel',
  'options',
  'popup',
]);
export type DiagnosticStage = z.infer<typeof DiagnosticStageSchema>;

export const DiagnosticEntrySchema = z.object({
  time: z.number().int().nonnegative(),
  level: z.enum(['warn', 'error']),
  stage: DiagnosticStageSchema,
  // What was being done, in a developer's words from the call site (a constant, never user data).
  operation: z.string().min(1).max(80),
  // `providerId/model` when a model target was involved.
  target: z.string().max(200).optional(),
  errorClass: z.string().max(80),
  code: z.string().max(40).optional(),
  status: z.number().int().optional(),
  message: z.string().max(200),
  // Same entry repeated: counted instead of filling the ring.
  count: z.number().int().positive().default(1),
});
export type DiagnosticEntry = z.infer<typeof DiagnosticEntrySchema>;
export type DiagnosticEntryInput = z.input<typeof DiagnosticEntrySchema>;

export interface DiagnosticReport {
  level?: 'warn' | 'error';
  stage: DiagnosticStage;
  operation: string;
  target?: string;
  error: unknown;
}

export function toDiagnosticEntry(report: DiagnosticReport, now: number): DiagnosticEntry {
  const { error } = report;
  const record = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : {};
  const errorClass = error instanceof Error ? error.name || 'Error' : typeof error;
  const code = typeof record.code === 'string' ? record.code.slice(0, 40) : undefined;
  const status = typeof record.status === 'number' && Number.isInteger(record.status) ? record.status : undefined;
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return {
    time: Math.max(0, Math.floor(now)),
    level: report.level ?? 'error',
    stage: report.stage,
    operation: report.operation.slice(0, 80) || 'unknown',
    target: report.target?.slice(0, 200),
    errorClass: errorClass.slice(0, 80),
    code,
    status,
    message: redact(message).slice(0, 200),
    count: 1,
  };
}
