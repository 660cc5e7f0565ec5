// Owns delivering a selection job: to the exact frame that holds the selection, or to the result window.
import type { CardOpenStatus, SelectionJob } from '../selection/selection-job';

export interface JobTarget {
  // Undefined or negative when the click came from no tab (the browser's own UI, some viewers).
  tabId?: number;
  frameId: number;
  // The selection as the browser reported it; used only by the window, where no content script reads it.
  selectionText: string;
}

export interface DeliveryDeps {
  askFrame(job: SelectionJob, tabId: number, frameId: number): Promise<CardOpenStatus>;
  openWindow(job: SelectionJob, selectionText: string): Promise<void>;
}

export type Delivery = 'card' | 'window' | 'none';

export async function deliverSelectionJob(job: SelectionJob, target: JobTarget, deps: DeliveryDeps): Promise<Delivery> {
  let status: CardOpenStatus | 'unreachable' = 'unreachable';
  if (target.tabId !== undefined && target.tabId >= 0) {
    // No content script in that frame (browser page, restricted site): the result window takes over below.
    status = await deps.askFrame(job, target.tabId, target.frameId).catch(() => 'unreachable' as const);
  }
  if (status === 'opened') return 'card';
  // A refusal means a password, payment or one-time-code field: its text goes nowhere.
  if (status === 'refused') return 'none';
  // No content script there (PDF viewer, extension stores, browser pages), or it could not see the
  // selection (closed shadow roots): the window shows the result instead of nothing happening.
  if (target.selectionText.trim() === '' && job.action.kind === 'template') return 'none';
  await deps.openWindow(job, target.selectionText);
  return 'window';
}
