// Owns the popup's handle on its tab's form-fill job: the query that follows it and the actions on it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FillJob } from '../../lib/forms/fill-job';
import { sendMessage } from '../../lib/messaging/messenger';
import type { ProposalEdit } from '../../lib/messaging/popup-schemas';
import { fillJobQuery, queryKeys } from '../queries';
import { diagnose } from '../../lib/diagnostics/diagnostics-log';

export function useFillJob(tabId: number) {
  const client = useQueryClient();
  const job = useQuery(fillJobQuery(tabId));
  const jobId = job.data?.id ?? '';
  // The reply is the job as the background now has it; refetching restarts the polling while it works.
  const settle = ({ job: next }: { job: FillJob | null }) => {
    client.setQueryData(queryKeys.fillJob(tabId), next);
    void client.invalidateQueries({ queryKey: queryKeys.fillJob(tabId) });
  };

  const start = useMutation({
    mutationFn: (input: { instruction: string; profileId: string | null }) => sendMessage('formFillStart', { tabId, ...input }),
    onSuccess: settle,
  });
  const apply = useMutation({
    mutationFn: (proposals: ProposalEdit[]) => sendMessage('formFillApply', { tabId, jobId, proposals }),
    onSuccess: settle,
  });
  const undo = useMutation({ mutationFn: () => sendMessage('formFillUndo', { tabId, jobId }), onSuccess: settle });
  const discard = useMutation({ mutationFn: () => sendMessage('formFillDiscard', { tabId }), onSuccess: settle });
  // Edits are kept by the background as they happen, so a popup closed mid-review loses none.
  const edit = (proposals: ProposalEdit[]) => void sendMessage('formFillEdit', { tabId, jobId, proposals }).catch(diagnose('popup', 'keep an edited value', 'warn'));

  const pending = start.isPending || apply.isPending || undo.isPending || discard.isPending;
  const failure = start.error ?? apply.error ?? undo.error ?? discard.error;
  return { job, start, apply, undo, discard, edit, pending, failure };
}
