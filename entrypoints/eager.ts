// Eager on every page, in every frame (the manifest's content_scripts entry, lib/manifest/build-manifest.ts):
// four one-shot listeners and nothing else. The user's first focus, press, key or selection in the frame
// imports the interaction module (entrypoints/interaction.ts), which watches fields and answers the
// background; the panel loads on first use after that. An unlisted script, not a WXT content script: WXT's
// wrapper builds a context (location watcher, a hand-off to newer copies over postMessage) this script never
// uses. Nothing injects a second copy into a frame, so there is no older copy to hand off from.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askSiteStatus } from '../lib/content/ask-site-status';
import { onFirstInteraction } from '../lib/content/first-interaction';
import { holdCommands } from '../lib/content/hold-commands';
import { loadInteraction } from '../lib/content/load-interaction';

export default defineUnlistedScript(() => {
  onFirstInteraction(document, (first) => {
    // In a field the watcher will ask about the site as soon as it runs: the question goes now instead, alongside
    // the import. A failure is the watcher's to handle (it then treats the site as off, as when it asks itself).
    const siteStatus = first.inField ? askSiteStatus() : undefined;
    siteStatus?.catch(() => undefined);
    const answer = loadInteraction().then((api) => api.start(document, first, siteStatus));
    holdCommands(answer);
    // A failed import (the extension was reloaded or removed under the page) leaves the page as it was; the
    // commands held meanwhile are answered with the error.
    answer.catch(() => undefined);
  });
});
