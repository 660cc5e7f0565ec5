// Owns getting the panel the first time a user asks for it.
import { loadInlineUi } from './load-inline-ui';
import { registeredPanel, type InlinePanelApi } from './panel-api';

export async function loadPanel(): Promise<InlinePanelApi> {
  await loadInlineUi();
  const api = registeredPanel();
  if (!api) throw new Error('The panel module did not register.');
  return api;
}
