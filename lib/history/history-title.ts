// Owns how a history entry is named: what the user did and where ("Fix grammar · example.com",
// "Form fill · 5 fields · example.com"), in the UI language.
import { tPlural } from '../i18n/plural';
import { isMessageKey, t } from '../i18n/t';
import type { HistoryEntry } from './history-entry';

const SOURCE_KEYS = { inline: 'histSourceInline', 'context-menu': 'histSourceMenu', popup: 'histSourcePopup' } as const;

function actionName(entry: HistoryEntry): string {
  const { action } = entry;
  // Entries from before actions were recorded say where they came from instead.
  if (!action) return t(SOURCE_KEYS[entry.source]);
  switch (action.kind) {
    case 'prompt':
      return entry.source === 'popup' ? t('histQuickPrompt') : t('histPrompt');
    case 'template':
      // Built-ins are named by their key, so they read in today's UI language; a user's template by its title.
      return action.titleKey && isMessageKey(action.titleKey) ? t(action.titleKey) : action.title;
    case 'form-fill':
      return `${t('histFormFill')} · ${tPlural('histFields', action.fields)}`;
  }
}

export function siteOf(pageUrl: string | null): string | null {
  if (!pageUrl) return null;
  try {
    const url = new URL(pageUrl);
    return /^https?:$/.test(url.protocol) ? url.host.replace(/^www\./, '') : null;
  } catch {
    // Not a URL (an old or odd entry): no site in the name.
    return null;
  }
}

export function historyTitle(entry: HistoryEntry): string {
  const site = siteOf(entry.pageUrl);
  return site ? `${actionName(entry)} · ${site}` : actionName(entry);
}
