// Owns the streaming side of the protocol: one port per generation, validated both ways.
// The background owns the job: a closed port (popup closed, page navigated) does not stop it;
// the result lands in history. Only an explicit Stop aborts the upstream request.
import { browser, type Browser } from 'wxt/browser';
import { ClientEventSchema, GENERATION_PORT, ServerEventSchema, type ServerEvent } from '../messaging/generation-schemas';
import { extensionOrigin } from '../messaging/handle-message';
import { classifySender } from '../messaging/sender';
import { backgroundPipeline } from './pipeline-instance';
import { reportDiagnostic } from '../diagnostics/diagnostics-log';
import { markStartup } from '../diagnostics/startup-marks';
import { holdStartEvent } from './hold-start-event';

export function setupGenerationPort(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== GENERATION_PORT) return;
    markStartup('port');
    if (!port.sender || !classifySender(port.sender, browser.runtime.id, extensionOrigin())) {
      port.disconnect();
      return;
    }
    // Someone is about to generate: open the cache's database now rather than at the request's lookup.
    void backgroundPipeline().deps.cache.warm();
    servePort(port);
  });
}

function servePort(port: Browser.runtime.Port): void {
  let controller: AbortController | null = null;
  let open = true;
  const post = (event: ServerEvent): void => {
    if (!open) return;
    const checked = ServerEventSchema.safeParse(event);
    if (!checked.success) {
      // Our own pipeline produced an event outside the protocol: a bug, never sent to the page.
      reportDiagnostic({ stage: 'generation-port', operation: `validate ${event.type} event`, error: checked.error });
      return;
    }
    try {
      port.postMessage(checked.data);
      if (checked.data.type === 'delta') markStartup('first-delta');
    } catch {
      // The page closed the port (tab closed, panel gone): expected; stop sending to it.
      open = false;
    }
  };
  const emit = holdStartEvent(post);
  port.onDisconnect.addListener(() => {
    open = false;
  });
  port.onMessage.addListener((raw: unknown) => {
    const parsed = ClientEventSchema.safeParse(raw);
    if (!parsed.success) {
      // Said before the port closes, so our own page shows what was wrong with the request rather than a worker
      // that stopped; only the field and zod's words travel, never the values sent.
      const issue = parsed.error.issues[0];
      const where = issue ? issue.path.join('.') : '';
      post({ type: 'error', error: { code: 'internal', message: `the request was refused (${where}: ${issue?.message ?? 'invalid'})`.slice(0, 300) }, partial: false, queued: false });
      port.disconnect();
      return;
    }
    const event = parsed.data;
    if (event.type === 'stop') {
      controller?.abort();
      return;
    }
    // One generation per port: a second start is ignored.
    if (controller) return;
    controller = new AbortController();
    markStartup('start');
    // A content script's page is what the browser says it is; an extension page (the result
    // window, the popup) reports the page it works for in the request.
    const fromContentScript = classifySender(port.sender ?? {}, browser.runtime.id, extensionOrigin()) === 'content-script';
    const pageUrl = fromContentScript ? (port.sender?.url ?? null) : (event.request.context.pageUrl ?? null);
    void backgroundPipeline().pipeline.generate(event.request, { signal: controller.signal, emit, pageUrl });
  });
}
