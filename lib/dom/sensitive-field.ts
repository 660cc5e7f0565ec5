// Owns recognising fields Draftsmith must never offer, read, fill or send: passwords, payment, one-time codes.
const SENSITIVE_AUTOCOMPLETE = /(^|\s)(cc-[a-z-]+|one-time-code|current-password|new-password|transaction-amount)(\s|$)/i;
// Sites that omit autocomplete still tend to name these fields plainly.
const SENSITIVE_NAME =
  /(pass(word|wd|code)|pwd|card.?num|cc.?num|credit.?card|card.?(exp|holder|verif)|cvv|cvc|security.?code|one.?time|verification.?code|iban|(^|[^a-z])(otp|totp|2fa|csc)([^a-z]|$))/i;

export function isSensitiveField(element: Element): boolean {
  if (element instanceof HTMLInputElement && element.type === 'password') return true;
  const autocomplete = element.getAttribute('autocomplete') ?? '';
  if (SENSITIVE_AUTOCOMPLETE.test(autocomplete)) return true;
  const naming = [element.getAttribute('name'), element.id, element.getAttribute('aria-label')].filter(Boolean).join(' ');
  return SENSITIVE_NAME.test(naming);
}

// A field whose visible label names it plainly ("Card number", "Password") even when its attributes do not.
export function isSensitiveLabel(label: string): boolean {
  return SENSITIVE_NAME.test(label);
}
