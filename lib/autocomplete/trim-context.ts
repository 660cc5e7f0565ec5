// Owns cutting the text around the caret to the small budget a suggestion prompt gets. The window's
// start moves in fixed steps, so while the user types the trimmed text only grows and earlier
// suggestions stay reusable (their context is still a prefix).
export const BEFORE_BUDGET = 1500;
export const AFTER_BUDGET = 300;
const STEP = 256;

export function trimBefore(text: string, budget = BEFORE_BUDGET): string {
  if (text.length <= budget) return text;
  const start = Math.ceil((text.length - budget) / STEP) * STEP;
  // Do not start inside a surrogate pair.
  const safe = isLowSurrogate(text.charCodeAt(start)) ? start + 1 : start;
  return text.slice(safe);
}

export function trimAfter(text: string, budget = AFTER_BUDGET): string {
  if (text.length <= budget) return text;
  const end = isLowSurrogate(text.charCodeAt(budget)) ? budget - 1 : budget;
  return text.slice(0, end);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
