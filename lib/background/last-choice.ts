// Owns remembering the last template used from the menu, for the repeat shortcut (storage.session: this browser session only).
import { areaStore } from '../storage/area-store';
import { menuItemId, parseMenuItemId, type MenuChoice } from './context-menu-items';

const KEY = 'lastSelectionTemplate';
const session = areaStore<unknown>('session');

export async function rememberChoice(choice: MenuChoice): Promise<void> {
  // The custom prompt box is not a template: the shortcut keeps repeating the last real one.
  if (choice.kind === 'custom') return;
  await session.set(KEY, menuItemId(choice));
}

export async function recallChoice(): Promise<MenuChoice | null> {
  const stored = await session.get(KEY);
  return typeof stored === 'string' ? parseMenuItemId(stored) : null;
}
