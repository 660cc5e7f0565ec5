// Owns the background's diagnostics handlers: reports from pages and content scripts, and the options view.
import { browser } from 'wxt/browser';
import { recordDiagnostic } from '../diagnostics/diagnostics-log';
import { redact } from '../diagnostics/redact';
import { handleMessage } from '../messaging/handle-message';
import { clearStoredDiagnostics, storedDiagnostics } from './diagnostics-store';

export function setupDiagnosticsMessages(): void {
  handleMessage('reportDiagnostic', (entry) => {
    // The message was written by our own code, but redacting again costs nothing and keeps the rule in one place.
    recordDiagnostic({ ...entry, message: redact(entry.message).slice(0, 200) });
    return { ok: true as const };
  });

  handleMessage('getDiagnostics', async () => ({
    entries: await storedDiagnostics(),
    extensionVersion: browser.runtime.getManifest().version,
    browser: navigator.userAgent.slice(0, 300),
  }));

  handleMessage('clearDiagnostics', async () => {
    await clearStoredDiagnostics();
    return { ok: true as const };
  });
}
