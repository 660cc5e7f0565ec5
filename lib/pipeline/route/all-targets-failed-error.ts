// Owns the error thrown when every target in the fallback chain failed or was skipped.
import { z } from 'zod';
import { GenerationError, GenerationErrorSchema, type GenerationErrorInfo } from '../../errors/generation-error';

export const TargetFailureSchema = z.object({
  targetId: z.string(),
  error: GenerationErrorSchema,
  // Not tried: its circuit breaker was open.
  skipped: z.boolean(),
});
export type TargetFailure = z.infer<typeof TargetFailureSchema>;

/**
 * The error shown is the primary target's, because that is the model the user chose and the one
 * they can fix (a key, a quota); a fallback's failure is secondary. A target skipped by its breaker
 * has no fresh error, so the first target that was actually tried wins; only when every target was
 * skipped does the primary's skip (carrying the error that opened its breaker) stand.
 */
export function primaryFailure(failures: readonly TargetFailure[]): GenerationErrorInfo {
  const chosen = failures.find((failure) => !failure.skipped) ?? failures[0];
  return chosen?.error ?? { code: 'config', message: 'No model is configured.' };
}

export class AllTargetsFailedError extends GenerationError {
  readonly failures: readonly TargetFailure[];

  constructor(failures: readonly TargetFailure[]) {
    super(primaryFailure(failures));
    this.name = 'AllTargetsFailedError';
    this.failures = failures;
  }
}
