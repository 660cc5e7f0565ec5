import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askSiteStatus } from './ask-site-status';

// A worker that answers the way the browser delivers it: sendResponse, and true to say it will.
function workerAnswers(reply: unknown, seen: unknown[] = []): void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    seen.push(message);
    sendResponse(reply);
    return true;
  };
  fakeBrowser.runtime.onMessage.addListener(listener as never);
}

afterEach(() => fakeBrowser.reset());

describe('askSiteStatus', () => {
  it("sends @webext-core/messaging's wire format and reads its { res } reply", async () => {
    const seen: unknown[] = [];
    workerAnswers({ res: { enabled: true, autocomplete: false } }, seen);
    await expect(askSiteStatus()).resolves.toEqual({ enabled: true, autocomplete: false });
    expect(seen).toEqual([expect.objectContaining({ type: 'getSiteStatus', data: undefined, timestamp: expect.any(Number), id: expect.any(Number) })]);
  });

  it('rejects with the worker\'s error, or when nobody answered, so the watcher treats the site as off', async () => {
    workerAnswers({ err: { name: 'Error', message: 'Refused: not a content script', stack: '' } });
    await expect(askSiteStatus()).rejects.toThrow('Refused: not a content script');
    fakeBrowser.reset();
    workerAnswers(undefined);
    await expect(askSiteStatus()).rejects.toThrow('No answer about this site.');
  });
});
