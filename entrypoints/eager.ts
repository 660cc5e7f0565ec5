// Eager on every page, in every frame (the manifest's content_scripts entry, lib/manifest/build-manifest.ts):
// registers listeners only; the panel loads on first use. An unlisted script, not a WXT content script: WXT's
// wrapper builds a context (location watcher, a hand-off to newer copies over postMessage) this script never
// uses, about 1 KB of the gzipped eager bundle and 1.3 ms in a new tab (CPU profile). Nothing injects a second
// copy into a frame, so there is no older copy to hand off from.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { watchFields } from '../lib/content/field-watcher';
import { listenForPanelCommand } from '../lib/content/panel-command';
import { listenForSiteRules } from '../lib/content/site-rules-listener';
import { listenForSelectionCommands } from '../lib/content/selection-command';

export default defineUnlistedScript(() => {
  const watcher = watchFields(document);
  listenForPanelCommand(watcher);
  listenForSiteRules(watcher);
  listenForSelectionCommands(document);
});
