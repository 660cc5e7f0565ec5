// Owns routing the background's commands to this frame's handlers (the eager script hears and holds them:
// lib/content/hold-commands.ts).
import type { FieldWatcher } from './field-watcher';
import type { AnswerCommand } from './interaction-api';
import { answerPanelCommand } from './panel-command';
import { answerOpenSelectionCard, answerSelectionShortcut } from './selection-command';
import { answerSiteRulesChanged } from './site-rules-listener';

// `onCardFailed`: the selection card's module would not load (see answerOpenSelectionCard).
export function answerCommands(watcher: FieldWatcher, doc: Document, onCardFailed?: (error: unknown) => void): AnswerCommand {
  return async (type, data, sender) => {
    switch (type) {
      case 'openPanel':
        return answerPanelCommand(watcher, data, sender);
      case 'siteRulesChanged':
        return answerSiteRulesChanged(watcher, data, sender);
      case 'openSelectionCard':
        return answerOpenSelectionCard(data, sender, onCardFailed);
      case 'selectionShortcut':
        return answerSelectionShortcut(doc, data, sender);
    }
  };
}
