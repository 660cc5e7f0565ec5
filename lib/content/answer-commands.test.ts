import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerCommands } from './answer-commands';
import type { FieldWatcher } from './field-watcher';

function fakeWatcher(): FieldWatcher {
  return { adoptFocus: vi.fn(), openPanelForFocusedField: vi.fn(async () => true), refreshSiteStatus: vi.fn(), dispose: vi.fn() };
}

const doc = { activeElement: null, hasFocus: () => true, getSelection: () => null } as unknown as Document;
const BACKGROUND = { id: fakeBrowser.runtime.id };
// Anything a page's process could pretend to be: another extension, or a content script (it has a tab).
const IMPOSTORS = [{ id: 'another-extension' }, { id: fakeBrowser.runtime.id, tab: { id: 1 } }, {}];

describe('answerCommands', () => {
  it('opens the panel and refreshes the site status when our background asks with an empty payload', async () => {
    const watcher = fakeWatcher();
    const answer = answerCommands(watcher, doc);
    await expect(answer('openPanel', undefined, BACKGROUND)).resolves.toEqual({ opened: true });
    await expect(answer('siteRulesChanged', undefined, BACKGROUND)).resolves.toEqual({ ok: true });
    expect(watcher.openPanelForFocusedField).toHaveBeenCalledTimes(1);
    expect(watcher.refreshSiteStatus).toHaveBeenCalledTimes(1);
  });

  it.each(IMPOSTORS)('refuses every command from %o', async (sender) => {
    const watcher = fakeWatcher();
    const answer = answerCommands(watcher, doc);
    await expect(answer('openPanel', undefined, sender)).resolves.toEqual({ opened: false });
    await expect(answer('siteRulesChanged', undefined, sender)).resolves.toEqual({ ok: true });
    await expect(answer('openSelectionCard', { action: {} }, sender)).resolves.toEqual({ status: 'refused' });
    await expect(answer('selectionShortcut', undefined, sender)).resolves.toEqual({ claimed: false });
    expect(watcher.openPanelForFocusedField).not.toHaveBeenCalled();
    expect(watcher.refreshSiteStatus).not.toHaveBeenCalled();
  });

  it('refuses a payload the protocol does not have', async () => {
    const watcher = fakeWatcher();
    const answer = answerCommands(watcher, doc);
    await expect(answer('openPanel', { field: '#x' }, BACKGROUND)).resolves.toEqual({ opened: false });
    await expect(answer('openSelectionCard', 'not a job', BACKGROUND)).resolves.toEqual({ status: 'refused' });
    await expect(answer('selectionShortcut', { now: true }, BACKGROUND)).resolves.toEqual({ claimed: false });
    expect(watcher.openPanelForFocusedField).not.toHaveBeenCalled();
  });
});
