// Owns the streaming side of the protocol: one port per generation, validated both ways.
import { browser, type Browser } from 'wxt/browser';
import { ClientEventSchema, GENERATION_PORT, ServerEventSchema, type ServerEvent } from '../messaging/generation-schemas';
import { extensionOrigin } from '../messaging/handle-message';
import { classifySender } from '../messaging/sender';
import { hasOriginPermission } from '../permissions/origin-permission';
import { runGeneration, type GenerationDeps } from '../pipeline/run-generation';
import { getApiKey } from '../settings/secret-store';
import { loadSettings } from '../settings/settings-store';

export function setupGenerationPort(): void {
  const deps: GenerationDeps = {
    loadSettings,
    getApiKey: () => getApiKey(),
    hasOriginPermission,
    runtime: { fetch: (input, init) => fetch(input, init), now: () => Date.now() },
  };
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== GENERATION_PORT) return;
    if (!port.sender || !classifySender(port.sender, browser.runtime.id, extensionOrigin())) {
      port.disconnect();
      return;
    }
    servePort(port, deps);
  });
}

function servePort(port: Browser.runtime.Port, deps: GenerationDeps): void {
  let controller: AbortController | null = null;
  let open = true;
  const emit = (event: ServerEvent): void => {
    if (open) port.postMessage(ServerEventSchema.parse(event));
  };
  port.onDisconnect.addListener(() => {
    open = false;
    controller?.abort();
  });
  port.onMessage.addListener((raw: unknown) => {
    const parsed = ClientEventSchema.safeParse(raw);
    if (!parsed.success) {
      port.disconnect();
      return;
    }
    const event = parsed.data;
    if (event.type === 'stop') {
      controller?.abort();
      return;
    }
    // One generation per port: a second start is a protocol error.
    if (controller) return;
    controller = new AbortController();
    void runGeneration(event.request, deps, emit, controller.signal);
  });
}
