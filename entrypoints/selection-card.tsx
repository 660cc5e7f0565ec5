// Loaded by the content script the first time the context menu (or its shortcut) is used in a frame.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createSelectionCardController } from '../lib/content/mount-selection-card';
import { registerSelectionCard } from '../lib/content/selection-card-api';

export default defineUnlistedScript(() => {
  registerSelectionCard(createSelectionCardController(document));
});
