// Eager on every page, in every frame (the manifest's content_scripts entry, lib/manifest/build-manifest.ts):
// four one-shot listeners and nothing else. The user's first focus, press, key or selection in the frame
// imports the interaction module (entrypoints/interaction.ts), which watches fields and answers the
// background; the panel loads on first use after that. An unlisted script, not a WXT content script: WXT's
// wrapper builds a context (location watcher, a hand-off to newer copies over postMessage) this script never
// uses. The worker injects it into the tabs open at an install or an update (lib/background/inject-open-tabs.ts):
// a copy already alive in the frame keeps the frame, and an old copy cut off from the extension stands down.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askSiteStatus } from '../lib/content/ask-site-status';
import { onFirstInteraction } from '../lib/content/first-interaction';
import { holdCommands } from '../lib/content/hold-commands';
import { loadInteraction } from '../lib/content/load-interaction';
import type { FirstAct, StartedInteraction } from '../lib/content/interaction-api';
import { isExtensionAlive, onStandDown } from '../lib/content/stand-down';

// Set in this copy's isolated world. A second injection by the same installed version (the manifest's copy and
// the worker's, in a tab that loaded during the install) lands in this world and stops here; after an update the
// new copy gets a world of its own and does not see it.
const STARTED = '__draftsmithEager';

export default defineUnlistedScript(() => {
  const scope = globalThis as { [STARTED]?: true };
  if (scope[STARTED]) return;
  scope[STARTED] = true;
  onFirstInteraction(document, (first) => {
    // A copy cut off before the user's first act (an update, or the extension turned off) has nothing to show
    // and nothing to load: its chrome.* calls would only throw.
    if (!isExtensionAlive()) return;
    const started = loadAndStart(first);
    // Only a copy that started has UI or listeners to take away, so page load adds no listener for this.
    onStandDown(document, () => void started.then((interaction) => interaction.stop(), () => undefined));
  });
});

function loadAndStart(first: FirstAct): Promise<StartedInteraction> {
  // In a field the watcher will ask about the site as soon as it runs: the question goes now instead, alongside
  // the import. A failure is the watcher's to handle (it then treats the site as off, as when it asks itself).
  const siteStatus = first.inField ? askSiteStatus() : undefined;
  siteStatus?.catch(() => undefined);
  const started = loadInteraction().then((api) => api.start(document, first, siteStatus));
  const answer = started.then((interaction) => interaction.answer);
  // A failed import (the extension was reloaded or removed under the page) leaves the page as it was; the
  // commands held meanwhile are answered with the error.
  answer.catch(() => undefined);
  holdCommands(answer);
  return started;
}
