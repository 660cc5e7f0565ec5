// Imported by the eager script at the user's first act in a frame (lib/content/first-interaction.ts): the field
// watcher that offers Generate, and the answers to the background's commands.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { answerCommands } from '../lib/content/answer-commands';
import { watchFields } from '../lib/content/field-watcher';
import { registerInteraction } from '../lib/content/interaction-api';
import { registeredPanel } from '../lib/content/panel-api';
import { registeredSelectionCard } from '../lib/content/selection-card-api';
import { showFieldAlert } from '../lib/content/field-alert';
import { reportDiagnostic } from '../lib/diagnostics/diagnostics-log';
import { sendDiagnosticsToBackground } from '../lib/diagnostics/page-sink';
import { t } from '../lib/i18n/t';
import { deepActiveElement, toEditableField } from '../lib/dom/editable-field';

export default defineUnlistedScript(() => {
  registerInteraction({
    start(doc, first, siteStatus) {
      // Read now, while the extension is alive: a copy cut off from it can no longer read its strings.
      const stale = { message: t('staleCopyReload'), dismiss: t('noticeDismiss') };
      const failed = { message: t('panelLoadFailed'), dismiss: stale.dismiss };
      const stop = () => {
        watcher.dispose();
        closeOpenUi();
      };
      // The panel and the card are one module: either failing to load is said where the user is, and logged
      // from here, since the module that would have sent it is what failed.
      const uiFailed = (field: HTMLElement | null, error: unknown) => {
        if (field) showFieldAlert(field, failed);
        sendDiagnosticsToBackground();
        reportDiagnostic({ stage: 'panel', operation: 'load the panel module', error });
      };
      const watcher = watchFields(doc, siteStatus, {
        orphaned(field) {
          // Found cut off at a focus or a click, with no new copy here to take over: say so once, then stay out
          // of the way.
          closeOpenUi();
          if (field) showFieldAlert(field, stale);
        },
        panelFailed: uiFailed,
      });
      watcher.adoptFocus(first);
      const cardFailed = (error: unknown) => uiFailed(toEditableField(deepActiveElement(doc)), error);
      return { answer: answerCommands(watcher, doc, cardFailed), stop };
    },
  });
});

// The panel and the selection card of a copy cut off from its extension: their ports are dead, so closing them
// must not depend on reaching it.
function closeOpenUi(): void {
  for (const ui of [registeredPanel(), registeredSelectionCard()]) {
    try {
      ui?.close();
    } catch {
      // A close that throws leaves its host behind; the copy is going either way, and the rest must still close.
    }
  }
}
