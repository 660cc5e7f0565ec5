// Owns deciding who sent a message, so handlers can refuse anyone they do not serve.
import type { SenderKind } from './protocol';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export function classifySender(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId || !sender.url) return null;
  const origin = originOf(sender.url);
  if (origin === null) return null;
  if (origin === extensionOrigin) return 'extension-page';
  if (sender.tab?.id !== undefined && sender.frameId !== undefined) return 'content-script';
  return null;
}

// URL.origin is "null" for non-web schemes outside the browser, so build it from its parts.
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}
