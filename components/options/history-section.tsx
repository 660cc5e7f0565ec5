// History: recent generations with search and delete, and the switch that turns history off.
import { useDeferredValue, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { t } from '../../lib/i18n/t';
import { sendMessage } from '../../lib/messaging/messenger';
import type { OptionsState } from '../../lib/messaging/options-schemas';
import { historyQuery, queryKeys } from '../queries';
import { CheckField } from './check-field';
import { HistoryEntryCard } from './history-entry-card';
import { SaveStatus } from './section-form';
import { SectionFrame } from './section-frame';
import { TextField } from './text-field';
import { useSaveSettings } from './use-save-settings';
import { ActionError } from './action-error';

export function HistorySection({ state }: { state: OptionsState }) {
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [markdown, setMarkdown] = useState(true);
  const query = useDeferredValue(search.trim());
  const entries = useQuery(historyQuery(query));
  const saver = useSaveSettings();
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.historyAll });
  const remove = useMutation({ mutationFn: (id: string) => sendMessage('deleteHistory', { id }), onSuccess: refresh });
  const clear = useMutation({ mutationFn: () => sendMessage('clearHistory', undefined), onSuccess: refresh });
  // The position just chosen shows at once; once saved (and the settings reloaded) the stored value takes over.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const enabled = chosen ?? state.settings.history.enabled;
  const switchHistory = async (on: boolean) => {
    setChosen(on);
    // On success the choice stays shown until the page's settings catch up (resetting it at once would flip the
    // switch back to the stale value for a moment); a failed save shows the stored value again.
    const saved = await saver.save({ ...state.settings, history: { ...state.settings.history, enabled: on } });
    if (!saved) setChosen(null);
  };

  return (
    <SectionFrame title={t('opt_nav_history')} intro={t('opt_historyIntro')}>
      <CheckField
        role="switch"
        label={t('opt_historyEnabled')}
        name="historyEnabled"
        checked={enabled}
        disabled={saver.pending}
        onChange={(on) => void switchHistory(on)}
        help={t('opt_historyEnabledHelp')}
      />
      <SaveStatus notice={saver.notice} />
      <div className="toolbar">
        <TextField label={t('opt_historySearch')} name="historySearch" type="search" value={search} onChange={setSearch} />
        <CheckField label={t('opt_historyMarkdown')} name="markdown" checked={markdown} onChange={setMarkdown} />
        <button type="button" className="danger" onClick={() => clear.mutate()} disabled={clear.isPending || !entries.data?.length}>
          {t('opt_clearHistory')}
        </button>
      </div>
      <ActionError actions={[clear, remove]} />
      {entries.isError && (
        <p className="error" role="alert">
          {t('loadFailed', entries.error.message)}
        </p>
      )}
      {entries.data && entries.data.length === 0 && <p className="empty">{query ? t('opt_historyNoMatch') : t('opt_historyEmpty')}</p>}
      {entries.data && entries.data.length > 0 && (
        <ol className="cards history-list" aria-label={t('opt_historyList')}>
          {entries.data.map((entry) => (
            <HistoryEntryCard key={entry.id} entry={entry} markdown={markdown} onDelete={(item) => remove.mutate(item.id)} />
          ))}
        </ol>
      )}
    </SectionFrame>
  );
}
