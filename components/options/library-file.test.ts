import { describe, expect, it } from 'vitest';
import { libraryToJson, mergeById, readLibrary } from './library-file';

const template = { id: 'tpl-1', title: 'Fix', prompt: 'Fix the grammar of {{selection}}' };
const snippet = { id: 'snip-1', title: 'Sig', text: 'Best, Ann', keywords: ['sign'] };

describe('templates file', () => {
  it('reads back what it wrote', () => {
    expect(readLibrary(libraryToJson([template], [snippet]))).toEqual({ ok: true, file: { format: 'draftsmith-templates', version: 1, templates: [template], snippets: [snippet] } });
  });

  it.each([
    ['not JSON', 'nope', 'opt_import_notJson'],
    ['a settings file', JSON.stringify({ format: 'draftsmith-settings' }), 'opt_import_foreignLibrary'],
    ['a template without a title', JSON.stringify({ format: 'draftsmith-templates', version: 1, templates: [{ ...template, title: ' ' }] }), 'settings_error_templateTitle'],
  ])('rejects %s', (_name, text, message) => {
    const read = readLibrary(text);
    expect(read.ok ? [] : read.issues.map((issue) => issue.message)).toContain(message);
  });

  it('replaces items with the same id and appends new ones', () => {
    const changed = { ...template, title: 'Fix it' };
    const other = { ...template, id: 'tpl-2' };
    expect(mergeById([template, other], [changed])).toEqual([other, changed]);
  });
});
