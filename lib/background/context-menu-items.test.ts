import { describe, expect, it } from 'vitest';
import { buildMenuItems, MENU_BUILTIN_IDS, menuItemId, parseMenuItemId, ROOT_ID, type MenuChoice } from './context-menu-items';

const translate = (key: string) => `«${key}»`;
const templates = [
  { id: 'reply', title: 'Polite reply', prompt: 'Reply politely to {{selection}}' },
  { id: 'tone.v2', title: 'Tone check', prompt: 'Check the tone' },
];

describe('buildMenuItems', () => {
  it('puts the seven built-ins, then the user templates, then Custom prompt under one root', () => {
    const items = buildMenuItems(templates, translate);
    expect(items.map((item) => [item.id, item.type === 'separator' ? '---' : item.title])).toEqual([
      ['draftsmith', '«extName»'],
      ['draftsmith.builtin.rewrite', '«templateRewrite»'],
      ['draftsmith.builtin.summarize', '«templateSummarize»'],
      ['draftsmith.builtin.translate', '«templateTranslate»'],
      ['draftsmith.builtin.explain', '«templateExplain»'],
      ['draftsmith.builtin.fix-grammar', '«templateFixGrammar»'],
      ['draftsmith.builtin.make-shorter', '«templateMakeShorter»'],
      ['draftsmith.builtin.make-longer', '«templateMakeLonger»'],
      ['draftsmith.separator.user', '---'],
      ['draftsmith.user.reply', 'Polite reply'],
      ['draftsmith.user.tone.v2', 'Tone check'],
      ['draftsmith.separator.custom', '---'],
      ['draftsmith.custom', '«menuCustomPrompt»'],
    ]);
  });

  it('shows every item on selections and in editable fields, children under the root, ids unique', () => {
    const items = buildMenuItems(templates, translate);
    for (const item of items) expect(item.contexts).toEqual(['selection', 'editable']);
    expect(items.filter((item) => item.id !== ROOT_ID).every((item) => item.parentId === ROOT_ID)).toBe(true);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });

  it('has no user section (and no stray separator) without user templates', () => {
    const ids = buildMenuItems([], translate).map((item) => item.id);
    expect(ids).not.toContain('draftsmith.separator.user');
    expect(ids.filter((id) => id.includes('separator'))).toEqual(['draftsmith.separator.custom']);
    expect(ids).toHaveLength(1 + MENU_BUILTIN_IDS.length + 2);
  });

  it('leaves out "continue", which needs a caret rather than a selection', () => {
    expect(buildMenuItems([], translate).map((item) => item.id)).not.toContain('draftsmith.builtin.continue');
  });

  it('follows the settings: a changed template list gives a changed menu', () => {
    const before = buildMenuItems(templates, translate).map((item) => item.id);
    const after = buildMenuItems([{ id: 'new', title: 'New one', prompt: 'x' }], translate).map((item) => item.id);
    expect(before).toContain('draftsmith.user.reply');
    expect(after).not.toContain('draftsmith.user.reply');
    expect(after).toContain('draftsmith.user.new');
  });
});

describe('menu item ids', () => {
  it.each<MenuChoice>([{ kind: 'builtin', id: 'translate' }, { kind: 'user', id: 'tone.v2' }, { kind: 'user', id: 'draftsmith.custom' }, { kind: 'custom' }])(
    'round-trips %j',
    (choice) => {
      expect(parseMenuItemId(menuItemId(choice))).toEqual(choice);
    },
  );

  it.each([['draftsmith'], ['draftsmith.builtin.continue'], ['draftsmith.builtin.nope'], ['draftsmith.user.'], ['draftsmith.separator.user'], ['other'], [42]])(
    'ignores %j',
    (id) => {
      expect(parseMenuItemId(id)).toBeNull();
    },
  );
});
