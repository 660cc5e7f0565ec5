// Loaded by the content script on first use of the inline panel or the selection card. Both live in this one
// module so that a page using both loads React once (unlisted scripts are separate IIFE builds, which cannot
// share a chunk), and so that nothing of React costs anything at page load.
// Before any module that imports zod.
import '../lib/platform/zod-jitless';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createPanelController } from '../lib/content/mount-panel';
import { registerPanel } from '../lib/content/panel-api';
import { createSelectionCardController } from '../lib/content/mount-selection-card';
import { registerSelectionCard } from '../lib/content/selection-card-api';
import { sendDiagnosticsToBackground } from '../lib/diagnostics/page-sink';

export default defineUnlistedScript(() => {
  sendDiagnosticsToBackground();
  registerPanel(createPanelController(document));
  registerSelectionCard(createSelectionCardController(document));
});
