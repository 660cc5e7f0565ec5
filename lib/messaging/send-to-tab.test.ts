import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { sendToTab } from './send-to-tab';

afterEach(() => vi.restoreAllMocks());

const stubTabs = (reply: () => Promise<unknown>) => vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(reply as never);

describe('sendToTab', () => {
  it("sends webext-core's wire format to the tab, or to one frame, and returns the handler's res", async () => {
    const send = stubTabs(async () => ({ res: { status: 'opened' } }));
    await expect(sendToTab('openPanel', undefined, 7)).resolves.toEqual({ status: 'opened' });
    await sendToTab('siteRulesChanged', undefined, { tabId: 7, frameId: 3 });
    const [first, second] = send.mock.calls;
    expect(first).toEqual([7, { id: expect.any(Number), type: 'openPanel', data: undefined, timestamp: expect.any(Number) }]);
    expect(second?.[2]).toEqual({ frameId: 3 });
  });

  it("throws the handler's error, and a clear one when no listener answered", async () => {
    stubTabs(async () => ({ err: { message: 'No field has focus.' } }));
    await expect(sendToTab('openPanel', undefined, 7)).rejects.toThrow('No field has focus.');
    stubTabs(async () => undefined);
    await expect(sendToTab('openPanel', undefined, 7)).rejects.toThrow('No answer to openPanel from the tab.');
  });

  it('passes on the rejection of a tab without a receiver, for the caller to expect', async () => {
    stubTabs(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
    await expect(sendToTab('siteRulesChanged', undefined, 7)).rejects.toThrow('Receiving end does not exist');
  });
});
