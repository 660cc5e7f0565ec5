// Owns cutting a selection to what the request schema accepts, keeping both ends, before it is sent.
import { MAX_CONTEXT_CHARS } from '../messaging/generation-schemas';

export const CUT_MARKER = '\n[…]\n';

export interface ClampedText {
  text: string;
  // The original length when the text was cut, else null.
  cutFrom: number | null;
}

// The pipeline trims to the model's budget later, keeping both ends of a selection (openings and
// conclusions carry the most); this cut only makes sure a huge selection is sent rather than rejected.
export function clampSelection(text: string, max = MAX_CONTEXT_CHARS): ClampedText {
  if (text.length <= max) return { text, cutFrom: null };
  const room = Math.max(0, max - CUT_MARKER.length);
  const head = Math.ceil(room / 2);
  const tail = room - head;
  return { text: text.slice(0, head) + CUT_MARKER + (tail > 0 ? text.slice(-tail) : ''), cutFrom: text.length };
}
