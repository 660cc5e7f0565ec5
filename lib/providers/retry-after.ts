// Owns reading how long a server asks us to wait: retry-after-ms, retry-after (seconds or HTTP date).
export function parseRetryAfterMs(headers: Headers, now: number): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '') {
    const value = Number(ms);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const after = headers.get('retry-after');
  if (after === null || after.trim() === '') return undefined;
  const seconds = Number(after);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(after);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

// Durations as OpenAI writes them in x-ratelimit-reset-*: "6m0s", "1.5s", "12ms", "1h2m3s".
export function parseDurationMs(value: string | null): number | undefined {
  if (!value) return undefined;
  const pattern = /(\d+(?:\.\d+)?)(ms|h|m|s)/g;
  let total = 0;
  let matched = '';
  for (const match of value.trim().matchAll(pattern)) {
    const amount = Number(match[1]);
    const unit = match[2];
    total += amount * (unit === 'h' ? 3_600_000 : unit === 'm' ? 60_000 : unit === 's' ? 1000 : 1);
    matched += match[0];
  }
  if (matched !== value.trim()) {
    const plain = Number(value);
    return Number.isFinite(plain) && plain >= 0 ? plain * 1000 : undefined;
  }
  return total;
}
