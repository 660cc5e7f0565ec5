// Owns deciding who sent a message, so handlers can refuse anyone they do not serve.
import type { SenderKind } from './protocol';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
  // The frame's origin; for about:blank and about:srcdoc frames it is the origin they inherit.
  origin?: string;
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
    // Not a URL: no origin, so the sender matches nothing.
    return null;
  }
}

// The URL that names the sender's site. about:blank and about:srcdoc frames (rich editors such as TinyMCE
// write their body into one) belong to the site that created them, which their origin names.
export function senderPageUrl(sender: SenderInfo): string | undefined {
  if (sender.url && !/^(about|blob|data):/i.test(sender.url)) return sender.url;
  return sender.origin && sender.origin !== 'null' ? sender.origin : sender.url;
}
