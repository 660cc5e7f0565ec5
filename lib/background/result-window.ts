// Owns the small extension window that shows a selection job's result where no content script can run.
import { browser } from 'wxt/browser';
import { storePendingResult } from '../selection/pending-result';
import type { SelectionJob } from '../selection/selection-job';

export const RESULT_PAGE = '/result.html';
const WIDTH = 480;
const HEIGHT = 560;

export async function openResultWindow(job: SelectionJob, selectionText: string): Promise<void> {
  // Only a random id travels in the URL; the job and the selection wait in storage.session.
  const id = await storePendingResult(job, selectionText);
  const url = browser.runtime.getURL(`${RESULT_PAGE}?job=${id}` as '/result.html');
  await browser.windows.create({ type: 'popup', url, width: WIDTH, height: HEIGHT, focused: true });
}
