// Owns handing the diagnostics of a page or content script (the panel, the card, the popup, the options page)
// to the background, which keeps the log. Only the stages a page owns are sent: the background refuses others.
import { sendMessage } from '../messaging/messenger';
import type { DiagnosticEntry } from './diagnostic-entry';
import { setDiagnosticsSink } from './diagnostics-log';

type PageStage = 'panel' | 'selection' | 'options' | 'popup';
const PAGE_STAGES: ReadonlySet<string> = new Set<PageStage>(['panel', 'selection', 'options', 'popup']);

const isPageEntry = (entry: DiagnosticEntry): entry is DiagnosticEntry & { stage: PageStage } => PAGE_STAGES.has(entry.stage);

export function sendDiagnosticsToBackground(): void {
  setDiagnosticsSink({
    write(entry) {
      if (!isPageEntry(entry)) return;
      // The worker is unreachable (restarting, the extension reloaded): there is nowhere further to report to.
      void sendMessage('reportDiagnostic', entry).catch(() => undefined);
    },
  });
}
