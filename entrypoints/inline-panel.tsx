// Loaded on first use by the content script, so React and the panel cost nothing at page load.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createPanelController } from '../lib/content/mount-panel';
import { registerPanel } from '../lib/content/panel-api';

export default defineUnlistedScript(() => {
  registerPanel(createPanelController(document));
});
