// Owns keeping the browser's context menu equal to the menu built from the current settings.
import type { UserTemplate } from '../settings/policy-schemas';
import { buildMenuItems, type MenuItem, type Translate } from './context-menu-items';
import { isPolicyChange } from '../settings/policy-change';

// The slice of browser.contextMenus this needs, so tests can pass a fake.
export interface MenusApi {
  removeAll(): Promise<void>;
  create(item: MenuItem): Promise<void>;
}

export interface MenuSyncDeps {
  menus: MenusApi;
  loadTemplates: () => Promise<readonly UserTemplate[]>;
  translate: Translate;
}

export interface MenuSync {
  rebuild(): Promise<void>;
}

export function createMenuSync({ menus, loadTemplates, translate }: MenuSyncDeps): MenuSync {
  let running: Promise<void> = Promise.resolve();
  let pending: Promise<void> | null = null;
  const build = async () => {
    const items = buildMenuItems(await loadTemplates(), translate);
    await menus.removeAll();
    for (const item of items) await menus.create(item);
  };
  return {
    // Rebuilds run one at a time (two interleaved would create duplicate ids); calls made while one runs
    // share a single follow-up rebuild, which reads the settings as they are by then.
    rebuild() {
      pending ??= running.then(() => {
        pending = null;
        return build();
      });
      // The caller sees a failure through `pending` (and records it); `running` only orders the next rebuild.
      running = pending.catch(() => undefined);
      return pending;
    },
  };
}

// Settings live under one key in storage.sync; managed policy may change templates too.
export function isSettingsChange(changes: Record<string, unknown>, area: string): boolean {
  return (area === 'sync' && 'settings' in changes) || isPolicyChange(changes, area);
}
