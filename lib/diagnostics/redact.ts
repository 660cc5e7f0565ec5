// Owns removing anything secret or personal from a diagnostics message: keys, tokens, URLs' paths and
// queries, e-mail addresses and long quoted strings (which may be page text or a prompt).
const RULES: Array<[RegExp, string]> = [
  // Bearer tokens and provider keys (sk-…, AIza…, key=…).
  [/\bbearer\s+[\w.~+/-]+=*/gi, 'Bearer [redacted]'],
  [/\b(sk|pk|rk)-[\w-]{6,}/g, '[key]'],
  [/\bAIza[\w-]{20,}/g, '[key]'],
  [/\b(api[_-]?key|key|token|secret|password)=([^&\s]+)/gi, '$1=[redacted]'],
  // Only the origin of a URL: paths and queries can carry ids and text.
  [/\b(https?:\/\/[^/\s?#]+)[^\s"')]*/gi, '$1/…'],
  [/[\w.+-]+@[\w-]+\.[\w.-]+/g, '[email]'],
  // Quoted text longer than a word or two is most likely content, not a message.
  [/"[^"]{24,}"/g, '"…"'],
  [/'[^']{24,}'/g, "'…'"],
  // Long runs of letters and digits (hashes, keys without a known prefix).
  [/\b[A-Za-z0-9_-]{32,}\b/g, '[id]'],
];

export function redact(text: string): string {
  return RULES.reduce((current, [pattern, replacement]) => current.replace(pattern, replacement), text);
}
