import { describe, expect, it } from 'vitest';
import { isSensitiveLabel, isSensitiveNaming, type FieldNaming } from './sensitive-field';

// Attributes as real checkout, login and two-factor forms ship them (read from the live pages' markup). Each row
// leaves out autocomplete where the site does, so the name patterns, not the autocomplete token, must catch it.
const SENSITIVE_FIELDS: ReadonlyArray<[string, FieldNaming]> = [
  // Stripe Checkout and Stripe Elements (the card iframe).
  ['Stripe Checkout card number', { name: 'cardNumber', id: 'cardNumber', autocomplete: 'cc-number' }],
  ['Stripe Checkout expiry, no autocomplete', { name: 'cardExpiry', id: 'cardExpiry' }],
  ['Stripe Checkout CVC, no autocomplete', { name: 'cardCvc', id: 'cardCvc' }],
  ['Stripe Elements card number, no autocomplete', { name: 'cardnumber' }],
  ['Stripe Elements expiry, no autocomplete', { name: 'exp-date' }],
  ['Stripe Elements CVC, no autocomplete', { name: 'cvc' }],
  // Shopify checkout (card fields in checkout.shopifycs.com).
  ['Shopify card number', { id: 'number', name: 'number', autocomplete: 'cc-number', placeholder: 'Card number' }],
  ['Shopify name on card, no autocomplete', { id: 'name', name: 'name', placeholder: 'Name on card' }],
  ['Shopify security code, no autocomplete', { id: 'verification_value', name: 'verification_value' }],
  ['Shopify expiry', { id: 'expiry', name: 'expiry', autocomplete: 'cc-exp' }],
  // Amazon sign-in, two-step verification and wallet.
  ['Amazon password', { type: 'password', id: 'ap_password', name: 'password' }],
  ['Amazon two-step code', { id: 'auth-mfa-otpcode', name: 'otpCode', autocomplete: 'off' }],
  ['Amazon add card number', { name: 'addCreditCardNumber' }],
  ['Amazon card verification number', { name: 'addCreditCardVerificationNumber' }],
  ['Amazon expiry month', { name: 'ppw-expirationDate_month' }],
  // PayPal login and card.
  ['PayPal password', { id: 'password', name: 'login_password' }],
  ['PayPal card number', { id: 'cardNumber', name: 'cardNumber' }],
  ['PayPal card CVV', { id: 'cardCvv', name: 'cardCvv' }],
  ['PayPal security code by SMS', { id: 'otpCode', name: 'otpCode', type: 'tel' }],
  // Alipay and Taobao.
  ['Alipay login password', { id: 'password_rsainput', name: 'password_rsainput' }],
  ['Alipay payment password', { id: 'payPassword_rsainput', name: 'payPassword_rsainput' }],
  ['Taobao login password', { id: 'fm-login-password', name: 'fm-login-password' }],
  ['Taobao SMS code', { id: 'fm-smscode', name: 'fm-smscode', placeholder: '请输入验证码' }],
  ['Taobao bank card number', { name: 'cardNo', placeholder: '请输入银行卡号' }],
  // WeChat (web login and WeChat Pay).
  ['WeChat verify code', { name: 'verifycode', placeholder: '短信验证码' }],
  ['WeChat Pay password', { ariaLabel: '支付密码' }],
  // Google and Microsoft sign-in.
  ['Google password', { name: 'Passwd', autocomplete: 'current-password' }],
  ['Google authenticator code, no autocomplete', { id: 'totpPin', name: 'totpPin', type: 'tel' }],
  ['Google SMS code, no autocomplete', { id: 'idvPin', name: 'idvPin', type: 'tel' }],
  ['Microsoft password', { name: 'passwd', id: 'i0118' }],
  ['Microsoft one-time code, no autocomplete', { name: 'otc', id: 'idTxtBx_SAOTCC_OTC', type: 'tel' }],
  // Two-factor fields elsewhere (GitHub, generic).
  ['GitHub authenticator code', { id: 'app_totp', name: 'app_otp' }],
  ['generic one-time code', { name: 'code', autocomplete: 'one-time-code' }],
  ['generic 2FA code', { name: '2faCode' }],
  ['generic MFA code', { id: 'mfaCode' }],
  ['bank IBAN', { name: 'iban' }],
  ['password typed as such', { type: 'password', name: 'field_7' }],
];

const SENSITIVE_LABELS: readonly string[] = [
  'Password', 'Confirm password', 'Card number', 'Credit card number', 'Name on card', 'Security code', 'CVV', 'CVC',
  'One-time code', 'Verification code', 'Enter the 6-digit code', 'Authenticator code', '2-step verification code', 'PIN',
  '密码', '登录密码', '支付密码', '确认密码', '银行卡号', '卡号', '信用卡号', '信用卡有效期', '安全码', '验证码', '短信验证码',
  '动态码', '动态密码', '校验码',
];

// Fields that merely share a word with the ones above and must stay usable.
const ORDINARY_FIELDS: ReadonlyArray<[string, FieldNaming]> = [
  ['a CMS card title', { name: 'cardTitle', id: 'card-title', placeholder: 'Card title' }],
  ['a CMS card description', { name: 'card_description' }],
  ['a snippet editor code field', { name: 'code', id: 'snippet-code', ariaLabel: 'Code' }],
  ['a passport name', { name: 'passportName', placeholder: 'Name as in passport' }],
  ['a passport number', { name: 'passport_number' }],
  ['a discount code', { name: 'reductions', placeholder: 'Discount code or gift card' }],
  ['a postal code', { name: 'postalCode', autocomplete: 'postal-code' }],
  ['an Indian PIN code (postal)', { name: 'pincode', placeholder: 'PIN code' }],
  ['a country calling code', { name: 'countryCode' }],
  ['an account number for a utility', { name: 'accNum' }],
  ['a shipping note', { name: 'shippingNote' }],
  ['a pinned note', { name: 'pinnedNote' }],
  ['an expense date', { name: 'expenseDate' }],
  ['a bypass reason', { name: 'bypassReason' }],
  ['a topic', { name: 'topic' }],
  ['an email field', { name: 'email', autocomplete: 'username' }],
  ['a comment', { name: 'comment', ariaLabel: 'Leave a comment' }],
];

const ORDINARY_LABELS: readonly string[] = [
  'Card title', 'Source code', 'Passport name', 'Passenger name', 'Promo code', 'ZIP code', 'PIN code', 'Country code',
  'Shipping address', 'Company', 'Subject', '卡片标题', '代码片段', '护照姓名', '邮政编码', '优惠码', '邀请码', '二维码说明', '评论',
];

describe('isSensitiveNaming on real-world fields', () => {
  it.each(SENSITIVE_FIELDS)('refuses %s', (_source, naming) => {
    expect(isSensitiveNaming(naming)).toBe(true);
  });

  it.each(ORDINARY_FIELDS)('allows %s', (_source, naming) => {
    expect(isSensitiveNaming(naming)).toBe(false);
  });
});

describe('isSensitiveLabel in English and Chinese', () => {
  it('recognises every sensitive label', () => {
    expect(SENSITIVE_LABELS.filter((label) => !isSensitiveLabel(label))).toEqual([]);
  });

  it('leaves every ordinary label alone', () => {
    expect(ORDINARY_LABELS.filter(isSensitiveLabel)).toEqual([]);
  });
});
