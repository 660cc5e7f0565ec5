// Owns host access to a provider's origin: loopback is granted in the manifest, others are asked for.
import { browser } from 'wxt/browser';

export function originPattern(baseUrl: string): string {
  const { protocol, hostname } = new URL(baseUrl);
  // Match patterns ignore ports; one grant covers the host.
  return `${protocol}//${hostname}/*`;
}

export function isLoopback(baseUrl: string): boolean {
  const { hostname } = new URL(baseUrl);
  return hostname === 'localhost' || hostname === '127.0.0.1';
}

export async function hasOriginPermission(baseUrl: string): Promise<boolean> {
  if (isLoopback(baseUrl)) return true;
  return browser.permissions.contains({ origins: [originPattern(baseUrl)] });
}

// Must run inside the user's click: browsers refuse the prompt after an await.
export function requestOriginPermission(baseUrl: string): Promise<boolean> {
  if (isLoopback(baseUrl)) return Promise.resolve(true);
  return browser.permissions.request({ origins: [originPattern(baseUrl)] });
}
