import { describe, expect, it } from 'vitest';
import type { UserTemplate } from '../settings/policy-schemas';
import type { MenuItem } from './context-menu-items';
import { createMenuSync, isSettingsChange, type MenusApi } from './context-menu-sync';

// Behaves like the browser: ids must be unique, removeAll clears everything.
function fakeMenus(): MenusApi & { ids(): string[] } {
  const items = new Map<string, MenuItem>();
  return {
    ids: () => [...items.keys()],
    removeAll: async () => {
      await Promise.resolve();
      items.clear();
    },
    create: async (item) => {
      await Promise.resolve();
      if (items.has(item.id)) throw new Error(`duplicate id ${item.id}`);
      items.set(item.id, item);
    },
  };
}

const template = (id: string): UserTemplate => ({ id, title: `T ${id}`, prompt: 'Do {{selection}}' });

describe('createMenuSync', () => {
  it('creates the menu from the stored templates and rebuilds it when they change', async () => {
    const menus = fakeMenus();
    let stored = [template('a')];
    const sync = createMenuSync({ menus, loadTemplates: async () => stored, translate: (key) => key });
    await sync.rebuild();
    expect(menus.ids()).toContain('draftsmith.user.a');
    stored = [template('b'), template('c')];
    await sync.rebuild();
    expect(menus.ids()).not.toContain('draftsmith.user.a');
    expect(menus.ids()).toEqual(expect.arrayContaining(['draftsmith.user.b', 'draftsmith.user.c', 'draftsmith.custom']));
  });

  it('never interleaves two rebuilds (which would create duplicate ids) and ends with the latest settings', async () => {
    const menus = fakeMenus();
    let stored = [template('a')];
    let loads = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const sync = createMenuSync({
      menus,
      loadTemplates: async () => {
        loads += 1;
        // The first rebuild is still reading the settings when they change again.
        if (loads === 1) await gate;
        return loads === 1 ? [template('a')] : stored;
      },
      translate: (key) => key,
    });
    const first = sync.rebuild();
    await Promise.resolve();
    await Promise.resolve();
    expect(loads).toBe(1);
    stored = [template('z')];
    const burst = [sync.rebuild(), sync.rebuild(), sync.rebuild()];
    release();
    await Promise.all([first, ...burst]);
    // The three calls made meanwhile share one follow-up rebuild.
    expect(loads).toBe(2);
    expect(menus.ids()).toContain('draftsmith.user.z');
    expect(menus.ids()).not.toContain('draftsmith.user.a');
  });

  it('recovers after a failed rebuild', async () => {
    const menus = fakeMenus();
    let fail = true;
    const sync = createMenuSync({
      menus,
      loadTemplates: async () => {
        if (fail) throw new Error('storage unavailable');
        return [template('ok')];
      },
      translate: (key) => key,
    });
    await expect(sync.rebuild()).rejects.toThrow('storage unavailable');
    fail = false;
    await sync.rebuild();
    expect(menus.ids()).toContain('draftsmith.user.ok');
  });
});

describe('isSettingsChange', () => {
  it.each([
    [{ settings: {} }, 'sync', true],
    [{ other: {} }, 'sync', false],
    [{ settings: {} }, 'local', false],
    [{ anything: {} }, 'managed', true],
    [{ settings: {} }, 'session', false],
  ])('%j in %s → %s', (changes, area, expected) => {
    expect(isSettingsChange(changes, area)).toBe(expected);
  });
});
