// Diagnostics: the failures the extension swallowed so the user could go on (broken storage, a cache that
// would not write, a menu that would not build), with the versions and a redacted report to copy.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { t } from '../../lib/i18n/t';
import { sendMessage } from '../../lib/messaging/messenger';
import { diagnosticsQuery, queryKeys } from '../queries';
import { STAGE_LABELS } from './diagnostic-stage-labels';
import { diagnosticsReport } from './diagnostics-report';
import { SectionFrame } from './section-frame';
import { ActionError } from './action-error';

export function DiagnosticsSection() {
  const queryClient = useQueryClient();
  const view = useQuery(diagnosticsQuery);
  const [notice, setNotice] = useState<string | null>(null);
  const clear = useMutation({
    mutationFn: () => sendMessage('clearDiagnostics', undefined),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.diagnostics }),
  });
  const copy = async () => {
    if (!view.data) return;
    const copied = await navigator.clipboard.writeText(diagnosticsReport(view.data)).then(
      () => true,
      () => false,
    );
    setNotice(t(copied ? 'opt_diagCopied' : 'statusCopyFailed'));
  };
  const entries = view.data ? [...view.data.entries].reverse() : [];

  return (
    <SectionFrame title={t('opt_nav_diagnostics')} intro={t('opt_diagIntro')}>
      {view.isError && <p role="alert">{t('loadFailed', view.error.message)}</p>}
      {view.data && (
        <dl className="diagnostics-facts">
          <dt>{t('opt_diagVersion')}</dt>
          <dd>{view.data.extensionVersion}</dd>
          <dt>{t('opt_diagBrowser')}</dt>
          <dd>{view.data.browser}</dd>
        </dl>
      )}
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void view.refetch()}>
          {t('opt_refresh')}
        </button>
        <button type="button" className="secondary" onClick={() => void copy()} disabled={!view.data}>
          {t('opt_diagCopy')}
        </button>
        <button type="button" className="secondary" onClick={() => clear.mutate()} disabled={entries.length === 0 || clear.isPending}>
          {t('opt_diagClear')}
        </button>
      </div>
      <ActionError actions={[clear]} />
      <p role="status" className="notice">
        {notice}
      </p>
      {view.data && entries.length === 0 && <p>{t('opt_diagEmpty')}</p>}
      {entries.length > 0 && (
        <table className="data-table diagnostics-table">
          <caption>{t('opt_diagTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('opt_diagTime')}</th>
              <th scope="col">{t('opt_diagStage')}</th>
              <th scope="col">{t('opt_diagOperation')}</th>
              <th scope="col">{t('opt_diagError')}</th>
              <th scope="col">{t('opt_diagCount')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={`${entry.time}-${entry.stage}-${entry.operation}`} className={`level-${entry.level}`}>
                <td>{new Date(entry.time).toLocaleString()}</td>
                <td>{t(STAGE_LABELS[entry.stage])}</td>
                <td>{entry.operation}</td>
                <td>
                  <code>{entry.errorClass + (entry.code ? `/${entry.code}` : '')}</code> {entry.message}
                </td>
                <td>{entry.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </SectionFrame>
  );
}
