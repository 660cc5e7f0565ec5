// Eager on every page: registers listeners only. The panel loads on first use.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchFields } from '../../lib/content/field-watcher';
import { listenForPanelCommand } from '../../lib/content/panel-command';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const watcher = watchFields(document);
    const stopListening = listenForPanelCommand(watcher);
    ctx.onInvalidated(() => {
      watcher.dispose();
      stopListening();
    });
  },
});
