// Owns asking the worker whether Draftsmith is on for this site straight from the eager script, at the user's
// first act in a text field, so the answer travels while the field watcher is still being imported: the first
// focus in a fresh tab waited for the two one after the other (bench row 3, "Focus to Generate button").
import type { MessageResponse } from '../messaging/protocol';
import { extensionApi } from '../platform/extension-api';

export type SiteStatus = MessageResponse<'getSiteStatus'>;

export async function askSiteStatus(): Promise<SiteStatus> {
  // @webext-core/messaging's wire format, which the worker's handlers read: { id, type, data, timestamp } out,
  // { res } or { err } back. Sent by hand so the eager script does not bundle the messenger.
  const reply: unknown = await extensionApi().runtime.sendMessage({ id: 0, type: 'getSiteStatus', data: undefined, timestamp: Date.now() });
  const { res, err } = (reply ?? {}) as { res?: SiteStatus; err?: { message?: unknown } };
  if (err !== undefined || res === undefined) throw new Error(typeof err?.message === 'string' ? err.message : 'No answer about this site.');
  return res;
}
