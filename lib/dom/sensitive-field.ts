// Owns recognising fields Draftsmith must never offer, read, fill or send: passwords, payment, one-time codes.
const SENSITIVE_AUTOCOMPLETE = /(^|\s)(cc-[a-z-]+|one-time-code|current-password|new-password|transaction-amount)(\s|$)/i;

// Sites that omit autocomplete still tend to name these fields plainly, in English or Chinese. Matched against
// names with camelCase split ("totpPin" → "totp Pin"), so short tokens need a non-letter on each side.
// lib/dom/sensitive-field.test.ts holds the real-world table (Stripe, Shopify, Amazon, PayPal, Alipay, …).
const SENSITIVE_NAME = new RegExp(
  [
    // Passwords and passphrases ("Passwd", "login_password", "pwd"), but not "passport" or "bypass".
    'pass(word|wd|code|phrase)|pwd',
    // Card data: number, expiry, holder, verification value; "cardNo" as Chinese sites spell it.
    'card.?(num|no([^a-z]|$)|exp|holder|verif|security|cvc|cvv|pin)|(credit|debit|bank).?card|name.?on.?card',
    '(^|[^a-z])(cc.?(num|exp|csc|cvv|name)|exp.?date|exp(iry|iration)?.?(date.?)?(month|year))',
    'verification.?value|security.?code|iban',
    // One-time and two-factor codes ("otpCode", "fm-smscode", "auth-mfa-otpcode", "6-digit code").
    'one.?time|verif(y|ication)?.?code|(sms|otp|mfa|2fa|auth|authenticator|totp).?code|digit.?code|two.?(factor|step)',
    // A PIN, but not India's "PIN code", which is a postal code.
    '(^|[^a-z])(otp|totp|otc|mfa|2fa|csc|cvv2?|cvc2?|pin(?!.?code))([^a-z]|$)',
    // Chinese: password, card number, bank or credit card, security code, verification / dynamic / check code.
    '密码|口令|卡号|银行卡|信用卡|储蓄卡|借记卡|安全码|验证码|校验码|动态码|卡.{0,4}有效期',
  ].join('|'),
  'i',
);

// What a field says about itself; the same shape for an element and for the test table.
export interface FieldNaming {
  type?: string | null;
  autocomplete?: string | null;
  name?: string | null;
  id?: string | null;
  ariaLabel?: string | null;
  placeholder?: string | null;
}

// "totpPin" → "totp Pin", so word-bounded tokens match inside camelCase names.
const splitCamelCase = (text: string) => text.replace(/([a-z0-9])([A-Z])/g, '$1 $2');

export function isSensitiveNaming(naming: FieldNaming): boolean {
  if (naming.type?.toLowerCase() === 'password') return true;
  if (SENSITIVE_AUTOCOMPLETE.test(naming.autocomplete ?? '')) return true;
  const words = [naming.name, naming.id, naming.ariaLabel, naming.placeholder].filter(Boolean).join(' ');
  return SENSITIVE_NAME.test(splitCamelCase(words));
}

export function isSensitiveField(element: Element): boolean {
  return isSensitiveNaming({
    type: element instanceof HTMLInputElement ? element.type : null,
    autocomplete: element.getAttribute('autocomplete'),
    name: element.getAttribute('name'),
    id: element.id,
    ariaLabel: element.getAttribute('aria-label'),
    placeholder: element.getAttribute('placeholder'),
  });
}

// A field whose visible label names it plainly ("Card number", "Password") even when its attributes do not.
export function isSensitiveLabel(label: string): boolean {
  return SENSITIVE_NAME.test(splitCamelCase(label));
}
