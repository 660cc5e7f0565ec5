import { describe, expect, it } from 'vitest';
import type { CardOpenStatus, SelectionJob } from '../selection/selection-job';
import { deliverSelectionJob, type JobTarget } from './open-selection-job';

const template: SelectionJob = { action: { kind: 'template', templateId: 'builtin:rewrite', title: 'Rewrite', instruction: 'Rewrite it.' }, language: 'English' };
const custom: SelectionJob = { action: { kind: 'custom' }, language: 'English' };

type FrameReply = CardOpenStatus | 'throws';

async function deliver(job: SelectionJob, target: JobTarget, reply: FrameReply) {
  const asked: Array<[number, number]> = [];
  const windows: string[] = [];
  const outcome = await deliverSelectionJob(job, target, {
    askFrame: async (_job, tabId, frameId) => {
      asked.push([tabId, frameId]);
      if (reply === 'throws') throw new Error('Could not establish connection. Receiving end does not exist.');
      return reply;
    },
    openWindow: async (_job, text) => {
      windows.push(text);
    },
  });
  return { outcome, asked, windows };
}

describe('deliverSelectionJob', () => {
  it('asks exactly the clicked frame and stops when its card opened', async () => {
    const result = await deliver(template, { tabId: 7, frameId: 3, selectionText: 'hello' }, 'opened');
    expect(result).toEqual({ outcome: 'card', asked: [[7, 3]], windows: [] });
  });

  it.each<[string, JobTarget, FrameReply, SelectionJob]>([
    ['no content script answers (PDF viewer, browser pages)', { tabId: 7, frameId: 0, selectionText: 'hello' }, 'throws', template],
    ['the frame cannot see the selection', { tabId: 7, frameId: 2, selectionText: 'hello' }, 'no-selection', template],
    ['there is no tab at all', { tabId: -1, frameId: 0, selectionText: 'hello' }, 'opened', template],
    ['the custom prompt has no selection to show', { tabId: 7, frameId: 0, selectionText: '' }, 'throws', custom],
  ])('opens the result window when %s', async (_name, target, reply, job) => {
    const result = await deliver(job, target, reply);
    expect(result.outcome).toBe('window');
    expect(result.windows).toEqual([target.selectionText]);
  });

  it.each<[string, JobTarget, FrameReply]>([
    ['the frame refused (a sensitive field)', { tabId: 7, frameId: 0, selectionText: 'secret' }, 'refused'],
    ['a template has nothing to work on', { tabId: 7, frameId: 0, selectionText: '  ' }, 'throws'],
  ])('does nothing when %s', async (_name, target, reply) => {
    const result = await deliver(template, target, reply);
    expect(result.outcome).toBe('none');
    expect(result.windows).toEqual([]);
  });
});
