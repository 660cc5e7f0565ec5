// Owns deciding whether Draftsmith runs on a page, from the user's per-site switches.
export function siteKey(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:' && protocol !== 'file:') return null;
    return hostname || 'file';
  } catch {
    return null;
  }
}

export function isSiteEnabled(url: string, disabledSites: readonly string[]): boolean {
  const key = siteKey(url);
  if (key === null) return false;
  return !disabledSites.some((site) => key === site || key.endsWith(`.${site}`));
}
