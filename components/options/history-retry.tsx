// Retry for a failed history entry: runs its request again (with the page text it kept for this) and shows the
// new answer; the pipeline records it as a new entry at the top of the list.
import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { t } from '../../lib/i18n/t';
import type { HistoryEntry } from '../../lib/history/history-entry';
import { GenerationStatus } from '../inline-panel/generation-status';
import { useGeneration } from '../inline-panel/use-generation';
import { queryKeys } from '../queries';

export function HistoryRetry({ entry, title }: { entry: HistoryEntry; title: string }) {
  const queryClient = useQueryClient();
  const { state, start, isStarting } = useGeneration();
  const busy = state.status === 'connecting' || state.status === 'streaming';
  const finished = state.status === 'done';
  // The new entry is in the store once the run ends; the list reloads to show it.
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: queryKeys.historyAll });
  }, [finished, queryClient]);
  if (!entry.retry) return null;
  const { context } = entry.retry;

  const retry = () =>
    !isStarting() &&
    start({
      prompt: entry.prompt,
      source: entry.source,
      context: { ...context, pageUrl: context.pageUrl ?? entry.pageUrl ?? undefined },
      regenerate: true,
      label: { action: entry.action ?? { kind: 'prompt' }, words: entry.words ?? undefined },
    });

  return (
    <div className="history-retry">
      <button type="button" className="secondary" aria-label={t('histRetryLabel', title)} disabled={busy} onClick={retry}>
        {t('histRetry')}
      </button>
      {state.status !== 'idle' && (
        <>
          <div className="practice-result" role="region" aria-label={t('result')} aria-busy={busy}>
            {state.text}
          </div>
          <GenerationStatus state={state} notice={finished ? t('histRetryDone') : null} />
        </>
      )}
    </div>
  );
}
