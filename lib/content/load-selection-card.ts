// Owns getting the selection card the first time the context menu or its shortcut needs it.
import { loadInlineUi } from './load-inline-ui';
import { registeredSelectionCard, type SelectionCardApi } from './selection-card-api';

export async function loadSelectionCard(): Promise<SelectionCardApi> {
  await loadInlineUi();
  const api = registeredSelectionCard();
  if (!api) throw new Error('The selection card module did not register.');
  return api;
}
