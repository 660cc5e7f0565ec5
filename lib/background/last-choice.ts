// Owns remembering the last template used from the menu, for the repeat shortcut (storage.session: this browser session only).
import { browser } from 'wxt/browser';
import { menuItemId, parseMenuItemId, type MenuChoice } from './context-menu-items';

const KEY = 'lastSelectionTemplate';

export async function rememberChoice(choice: MenuChoice): Promise<void> {
  // The custom prompt box is not a template: the shortcut keeps repeating the last real one.
  if (choice.kind === 'custom') return;
  await browser.storage.session.set({ [KEY]: menuItemId(choice) });
}

export async function recallChoice(): Promise<MenuChoice | null> {
  const stored: unknown = (await browser.storage.session.get(KEY))[KEY];
  return typeof stored === 'string' ? parseMenuItemId(stored) : null;
}
