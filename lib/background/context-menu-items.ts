// Owns the Draftsmith context menu as data: its items, their ids, and reading a clicked id back.
import { BUILTIN_TEMPLATES } from '../prompts/builtin-templates';
import type { UserTemplate } from '../settings/policy-schemas';

export type MenuContext = 'selection' | 'editable';
// Non-empty, as the menus API requires.
export type MenuContexts = [MenuContext, ...MenuContext[]];
export const MENU_CONTEXTS: Readonly<MenuContexts> = ['selection', 'editable'];

export interface MenuItem {
  id: string;
  title: string;
  contexts: MenuContexts;
  parentId?: string;
  type?: 'normal' | 'separator';
}

// The menu shows the built-ins that work on a selection; "continue" only makes sense at a caret.
export const MENU_BUILTIN_IDS = ['rewrite', 'summarize', 'translate', 'explain', 'fix-grammar', 'make-shorter', 'make-longer'] as const;

export const ROOT_ID = 'draftsmith';
const BUILTIN_PREFIX = `${ROOT_ID}.builtin.`;
const USER_PREFIX = `${ROOT_ID}.user.`;
const CUSTOM_ID = `${ROOT_ID}.custom`;

export type MenuChoice = { kind: 'builtin'; id: string } | { kind: 'user'; id: string } | { kind: 'custom' };

// The i18n lookup is passed in so this stays a pure function of its inputs.
export type Translate = (key: string) => string;

export function buildMenuItems(templates: readonly UserTemplate[], translate: Translate): MenuItem[] {
  const contexts: MenuContexts = [...MENU_CONTEXTS];
  const child = (id: string, title: string): MenuItem => ({ id, title, contexts, parentId: ROOT_ID });
  const separator = (name: string): MenuItem => ({ id: `${ROOT_ID}.separator.${name}`, title: '', contexts, parentId: ROOT_ID, type: 'separator' });
  const builtins = MENU_BUILTIN_IDS.flatMap((id) => {
    const template = BUILTIN_TEMPLATES.find((candidate) => candidate.id === id);
    return template ? [child(menuItemId({ kind: 'builtin', id }), translate(template.titleKey))] : [];
  });
  const users = templates.map((template) => child(menuItemId({ kind: 'user', id: template.id }), template.title));
  return [
    { id: ROOT_ID, title: translate('extName'), contexts },
    ...builtins,
    ...(users.length > 0 ? [separator('user'), ...users] : []),
    separator('custom'),
    child(CUSTOM_ID, translate('menuCustomPrompt')),
  ];
}

export function menuItemId(choice: MenuChoice): string {
  if (choice.kind === 'custom') return CUSTOM_ID;
  return (choice.kind === 'builtin' ? BUILTIN_PREFIX : USER_PREFIX) + choice.id;
}

export function parseMenuItemId(id: string | number): MenuChoice | null {
  if (typeof id !== 'string') return null;
  if (id === CUSTOM_ID) return { kind: 'custom' };
  if (id.startsWith(BUILTIN_PREFIX)) {
    const rest = id.slice(BUILTIN_PREFIX.length);
    return (MENU_BUILTIN_IDS as readonly string[]).includes(rest) ? { kind: 'builtin', id: rest } : null;
  }
  if (id.startsWith(USER_PREFIX) && id.length > USER_PREFIX.length) return { kind: 'user', id: id.slice(USER_PREFIX.length) };
  return null;
}
