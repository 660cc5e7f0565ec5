// Eager on every page: registers listeners only. The panel loads on first use.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchFields } from '../../lib/content/field-watcher';
import { listenForPanelCommand } from '../../lib/content/panel-command';
import { listenForSiteRules } from '../../lib/content/site-rules-listener';
import { listenForSelectionCommands } from '../../lib/content/selection-command';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const watcher = watchFields(document);
    const stopListening = listenForPanelCommand(watcher);
    const stopSiteRules = listenForSiteRules(watcher);
    const stopSelectionCommands = listenForSelectionCommands(document);
    ctx.onInvalidated(() => {
      watcher.dispose();
      stopListening();
      stopSiteRules();
      stopSelectionCommands();
    });
  },
});
