// Owns deciding whether Draftsmith runs on a page, from the user's per-site switches and allow patterns.
// No zod here: the matching is plain string work.
export function siteKey(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:' && protocol !== 'file:') return null;
    return hostname || 'file';
  } catch {
    // Not a URL (about:blank, a malformed frame URL): no site, so no rule applies.
    return null;
  }
}

export function isSiteEnabled(url: string, disabledSites: readonly string[]): boolean {
  const key = siteKey(url);
  if (key === null) return false;
  return !disabledSites.some((site) => key === site || key.endsWith(`.${site}`));
}

// A plain host also covers its subdomains, like the per-site switches; `*` matches any run of characters.
export function matchesSitePattern(key: string, pattern: string): boolean {
  const normalized = pattern.trim().toLowerCase();
  if (!normalized.includes('*')) return key === normalized || key.endsWith(`.${normalized}`);
  const source = normalized.split('*').map((part) => part.replace(/[.[\]\\^$+?(){}|-]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`).test(key);
}

// Off on a switched-off site; with allow patterns, on only where one matches.
export function isSiteAllowed(url: string, rules: { disabledSites: readonly string[]; allowedSites: readonly string[] }): boolean {
  if (!isSiteEnabled(url, rules.disabledSites)) return false;
  const key = siteKey(url);
  if (key === null) return false;
  return rules.allowedSites.length === 0 || rules.allowedSites.some((pattern) => matchesSitePattern(key, pattern));
}
