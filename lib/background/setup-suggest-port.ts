// Owns the autocomplete port: one port per suggestion, only from content scripts, validated both ways.
// Unlike a generation, a suggestion belongs to the keystroke that asked for it: a closed port (the next
// keystroke, a blur, a navigation) aborts it and its upstream fetch at once.
import { browser, type Browser } from 'wxt/browser';
import { SUGGEST_PORT, SuggestClientEventSchema, SuggestServerEventSchema, type SuggestServerEvent } from '../autocomplete/suggest-schemas';
import { extensionOrigin } from '../messaging/handle-message';
import { classifySender, senderPageUrl } from '../messaging/sender';
import { backgroundSuggester } from './suggester-instance';

export function setupSuggestPort(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== SUGGEST_PORT) return;
    const sender = port.sender;
    const pageUrl = sender ? senderPageUrl(sender) : undefined;
    if (!sender || classifySender(sender, browser.runtime.id, extensionOrigin()) !== 'content-script' || !pageUrl) {
      port.disconnect();
      return;
    }
    servePort(port, pageUrl);
  });
}

function servePort(port: Browser.runtime.Port, pageUrl: string): void {
  const controller = new AbortController();
  let started = false;
  const emit = (event: SuggestServerEvent): void => {
    if (controller.signal.aborted) return;
    try {
      port.postMessage(SuggestServerEventSchema.parse(event));
    } catch {
      controller.abort();
    }
  };
  port.onDisconnect.addListener(() => controller.abort());
  port.onMessage.addListener((raw: unknown) => {
    const parsed = SuggestClientEventSchema.safeParse(raw);
    if (!parsed.success || started) {
      port.disconnect();
      controller.abort();
      return;
    }
    started = true;
    void backgroundSuggester()
      .suggest(parsed.data.request, { pageUrl, signal: controller.signal, emit })
      .catch(() => emit({ type: 'dropped', reason: 'failed' }));
  });
}
