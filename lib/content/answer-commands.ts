// Owns routing the background's commands to this frame's handlers (the eager script hears and holds them:
// lib/content/hold-commands.ts).
import type { FieldWatcher } from './field-watcher';
import type { AnswerCommand } from './interaction-api';
import { answerPanelCommand } from './panel-command';
import { answerOpenSelectionCard, answerSelectionShortcut } from './selection-command';
import { answerSiteRulesChanged } from './site-rules-listener';

export function answerCommands(watcher: FieldWatcher, doc: Document): AnswerCommand {
  return async (type, data, sender) => {
    switch (type) {
      case 'openPanel':
        return answerPanelCommand(watcher, data, sender);
      case 'siteRulesChanged':
        return answerSiteRulesChanged(watcher, data, sender);
      case 'openSelectionCard':
        return answerOpenSelectionCard(data, sender);
      case 'selectionShortcut':
        return answerSelectionShortcut(doc, data, sender);
    }
  };
}
