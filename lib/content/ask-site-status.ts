// Owns asking the worker whether Draftsmith is on for this site straight from the eager script, at the user's
// first act in a text field, so the answer travels while the field watcher is still being imported: the first
// focus in a fresh tab waited for the two one after the other (bench row 3, "Focus to Generate button").
import type { MessageResponse } from '../messaging/protocol';
import { readWireReply, wireMessage } from '../messaging/wire-format';
import { extensionApi } from '../platform/extension-api';

export type SiteStatus = MessageResponse<'getSiteStatus'>;

export async function askSiteStatus(): Promise<SiteStatus> {
  // In the wire format the worker's handlers read, sent by hand so the eager script does not bundle the messenger.
  const reply: unknown = await extensionApi().runtime.sendMessage(wireMessage('getSiteStatus', undefined));
  return readWireReply(reply, 'No answer about this site.') as SiteStatus;
}
