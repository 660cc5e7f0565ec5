import { afterEach, describe, expect, it, vi } from 'vitest';
import { isExtensionAlive, onStandDown, STAND_DOWN_EVENT } from './stand-down';

const scope = globalThis as { chrome?: unknown; browser?: unknown };
const saved = { chrome: scope.chrome, browser: scope.browser };
// The module only listens on the document: an EventTarget stands in for it.
const newDocument = () => new EventTarget() as unknown as Document;

// What a content script sees of its extension: alive, or cut off (runtime.id undefined after an update).
function extensionIs(alive: boolean): void {
  scope.browser = undefined;
  scope.chrome = { runtime: alive ? { id: 'draftsmith' } : {} };
}

afterEach(() => {
  scope.chrome = saved.chrome;
  scope.browser = saved.browser;
});

describe('stand-down', () => {
  it('tells an alive extension from one cut off, or one whose bindings throw', () => {
    extensionIs(true);
    expect(isExtensionAlive()).toBe(true);
    extensionIs(false);
    expect(isExtensionAlive()).toBe(false);
    scope.chrome = {
      get runtime() {
        throw new Error('Extension context invalidated.');
      },
    };
    expect(isExtensionAlive()).toBe(false);
  });

  it('is not fooled by a page element named "browser" that Chrome’s isolated world sees as a global', () => {
    // <form id="browser"><input name="runtime" id="x"></form>: browser.runtime.id reads "x".
    extensionIs(false);
    scope.browser = { runtime: { id: 'x' } };
    expect(isExtensionAlive()).toBe(false);
    extensionIs(true);
    scope.browser = { runtime: { id: '' } };
    expect(isExtensionAlive()).toBe(true);
  });

  it('ignores the event while the extension is alive, so a page cannot turn this copy off', () => {
    extensionIs(true);
    const doc = newDocument();
    const stop = vi.fn();
    onStandDown(doc, stop);
    doc.dispatchEvent(new CustomEvent(STAND_DOWN_EVENT));
    expect(stop).not.toHaveBeenCalled();
  });

  it('stops a copy cut off from its extension once, at the new copy’s event', () => {
    extensionIs(true);
    const doc = newDocument();
    const stop = vi.fn();
    onStandDown(doc, stop);
    extensionIs(false);
    doc.dispatchEvent(new CustomEvent(STAND_DOWN_EVENT));
    doc.dispatchEvent(new CustomEvent(STAND_DOWN_EVENT));
    expect(stop).toHaveBeenCalledTimes(1);
  });
});
