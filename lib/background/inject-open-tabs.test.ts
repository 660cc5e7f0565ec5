import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { injectIntoOpenTabs, setupOpenTabInjection, type ScriptingApi } from './inject-open-tabs';
import { STAND_DOWN_EVENT } from '../content/stand-down';

type Injection = { tabId: number; allFrames?: boolean; what: string };

// Tabs 1 and 3 are sites the extension may script; tab 2 is a browser page (or a site without host access).
function fakeApi(calls: Injection[], queried: unknown[]): ScriptingApi {
  return {
    tabs: {
      query: async (filter: unknown) => {
        queried.push(filter);
        return [{ id: 1 }, { id: 2 }, { id: 3 }, {}];
      },
    },
    scripting: {
      executeScript: async (injection: { target: { tabId: number; allFrames?: boolean }; files?: string[]; func?: unknown; args?: unknown[] }) => {
        if (injection.target.tabId === 2) throw new Error('Cannot access contents of the page.');
        calls.push({ tabId: injection.target.tabId, allFrames: injection.target.allFrames, what: injection.files ? injection.files.join() : `func(${String(injection.args)})` });
        return [];
      },
    },
  } as unknown as ScriptingApi;
}

describe('injectIntoOpenTabs', () => {
  it('tells each frame’s old copy to stand down, then injects the eager script into every frame it can reach', async () => {
    const calls: Injection[] = [];
    const queried: unknown[] = [];
    expect(await injectIntoOpenTabs(fakeApi(calls, queried))).toBe(2);
    // Discarded tabs get the manifest's script when they load again.
    expect(queried).toEqual([{ discarded: false }]);
    expect(calls.filter((call) => call.tabId === 1)).toEqual([
      { tabId: 1, allFrames: true, what: `func(${STAND_DOWN_EVENT})` },
      { tabId: 1, allFrames: true, what: '/eager.js' },
    ]);
    expect(calls.filter((call) => call.tabId === 3).map((call) => call.what)).toEqual([`func(${STAND_DOWN_EVENT})`, '/eager.js']);
    expect(calls.some((call) => call.tabId === 2)).toBe(false);
  });
});

describe('setupOpenTabInjection', () => {
  afterEach(() => fakeBrowser.reset());

  it('injects at an install and an update, not when the browser itself updates', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => []) as unknown as typeof fakeBrowser.tabs.query);
    setupOpenTabInjection();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' });
    expect(query).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    expect(query).toHaveBeenCalledTimes(2);
  });
});
