// The error replies every vendor route needs, so routing and auth stay vendor-neutral.
import type { ScriptedFault } from './faults.ts';
import { faultErrorResponse, incorrectApiKey, invalidRequest, missingApiKey, type ErrorResponse } from './openai-errors.ts';

export interface VendorErrors {
  /** A malformed request or unknown route; `code` is OpenAI's error.code where the vendor has one. */
  invalid(message: string, status?: number, code?: string): ErrorResponse;
  missingKey(): ErrorResponse;
  incorrectKey(): ErrorResponse;
  /** The reply for faults that never start a response; null for stream-shaped kinds. */
  fault(fault: ScriptedFault, model: string, promptTokens: number): ErrorResponse | null;
}

export const openAiErrors: VendorErrors = {
  invalid: (message, status = 400, code) => invalidRequest(message, null, code ?? null, status),
  missingKey: missingApiKey,
  incorrectKey: incorrectApiKey,
  fault: faultErrorResponse,
};
