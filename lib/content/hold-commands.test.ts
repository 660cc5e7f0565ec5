import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { holdCommands } from './hold-commands';
import type { AnswerCommand } from './interaction-api';

type Listener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean;

function captureListener(answer: Promise<AnswerCommand>): Listener {
  const spy = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  holdCommands(answer);
  const listener = spy.mock.calls[0]![0] as unknown as Listener;
  spy.mockRestore();
  return listener;
}

const wire = (type: string, data?: unknown) => ({ id: 7, type, data, timestamp: Date.now() });
const BACKGROUND = { id: fakeBrowser.runtime.id };

afterEach(() => fakeBrowser.reset());

describe('holdCommands', () => {
  it('holds a command that arrives before the module has loaded and answers it once it has', async () => {
    let loaded!: (answer: AnswerCommand) => void;
    const listener = captureListener(new Promise<AnswerCommand>((resolve) => (loaded = resolve)));
    const sendResponse = vi.fn();
    expect(listener(wire('openPanel'), BACKGROUND, sendResponse)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sendResponse).not.toHaveBeenCalled();

    const answer = vi.fn<AnswerCommand>(async () => ({ opened: true }));
    loaded(answer);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ res: { opened: true } }));
    expect(answer).toHaveBeenCalledWith('openPanel', undefined, BACKGROUND);
  });

  it('passes the data and the browser-filled sender on, for the handlers to check', async () => {
    const answer = vi.fn<AnswerCommand>(async () => ({ status: 'opened' }));
    const listener = captureListener(Promise.resolve(answer));
    const sendResponse = vi.fn();
    const sender = { id: 'someone-else', tab: { id: 3 } };
    listener(wire('openSelectionCard', { job: 1 }), sender, sendResponse);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalled());
    expect(answer).toHaveBeenCalledWith('openSelectionCard', { job: 1 }, sender);
  });

  it('leaves other messages to other listeners: not our type, or not in the wire format', () => {
    const answer = vi.fn<AnswerCommand>();
    const listener = captureListener(Promise.resolve(answer));
    const sendResponse = vi.fn();
    expect(listener(wire('getSiteStatus'), BACKGROUND, sendResponse)).toBe(false);
    expect(listener({ type: 'openPanel' }, BACKGROUND, sendResponse)).toBe(false);
    expect(listener('openPanel', BACKGROUND, sendResponse)).toBe(false);
    expect(listener(null, BACKGROUND, sendResponse)).toBe(false);
    expect(answer).not.toHaveBeenCalled();
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('answers with the error when the module failed to load or its handler threw, instead of leaving the sender waiting', async () => {
    const failedLoad = Promise.reject(new Error('The interaction module did not register.'));
    failedLoad.catch(() => undefined);
    const first = vi.fn();
    captureListener(failedLoad)(wire('siteRulesChanged'), BACKGROUND, first);
    await vi.waitFor(() => expect(first).toHaveBeenCalledWith({ err: expect.objectContaining({ message: 'The interaction module did not register.' }) }));

    const second = vi.fn();
    captureListener(Promise.resolve<AnswerCommand>(async () => Promise.reject(new Error('card failed'))))(wire('openSelectionCard', {}), BACKGROUND, second);
    await vi.waitFor(() => expect(second).toHaveBeenCalledWith({ err: expect.objectContaining({ message: 'card failed' }) }));
  });
});
