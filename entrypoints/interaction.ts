// Imported by the eager script at the user's first act in a frame (lib/content/first-interaction.ts): the field
// watcher that offers Generate, and the answers to the background's commands.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { answerCommands } from '../lib/content/answer-commands';
import { watchFields } from '../lib/content/field-watcher';
import { registerInteraction } from '../lib/content/interaction-api';

export default defineUnlistedScript(() => {
  registerInteraction({
    start(doc, first, siteStatus) {
      const watcher = watchFields(doc, siteStatus);
      watcher.adoptFocus(first);
      return answerCommands(watcher, doc);
    },
  });
});
