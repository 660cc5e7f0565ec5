// One history entry: when, which model, which page, the prompt and the result (plain or sanitised markdown).
import { t } from '../../lib/i18n/t';
import type { HistoryEntry } from '../../lib/history/history-entry';
import { formatTime } from './format';
import { MarkdownText } from './markdown-text';

interface HistoryEntryCardProps {
  entry: HistoryEntry;
  markdown: boolean;
  onDelete: (entry: HistoryEntry) => void;
}

function PageLink({ entry }: { entry: HistoryEntry }) {
  if (!entry.pageUrl) return null;
  const label = entry.pageTitle || entry.pageUrl;
  // Only web pages become links; anything else is shown as text.
  return /^https?:\/\//i.test(entry.pageUrl) ? (
    <a href={entry.pageUrl} target="_blank" rel="noreferrer noopener">
      {label}
    </a>
  ) : (
    <span>{label}</span>
  );
}

export function HistoryEntryCard({ entry, markdown, onDelete }: HistoryEntryCardProps) {
  const when = formatTime(entry.at);
  return (
    <li className="card history-entry">
      <div className="card-head">
        <p className="item-meta">
          <time dateTime={new Date(entry.at).toISOString()}>{when}</time>
          {entry.model && <> · {entry.model}</>}
          {entry.pageUrl && (
            <>
              {' · '}
              <PageLink entry={entry} />
            </>
          )}
          {(entry.incomplete || entry.errorCode) && <> · {t('opt_historyIncomplete')}</>}
        </p>
        <button type="button" className="icon danger" aria-label={t('opt_deleteEntry', when)} title={t('opt_deleteEntry', when)} onClick={() => onDelete(entry)}>
          ✕
        </button>
      </div>
      <p className="history-prompt">
        <span className="label">{t('prompt')}:</span> {entry.prompt}
      </p>
      {markdown ? <MarkdownText text={entry.result} /> : <pre className="plain">{entry.result}</pre>}
    </li>
  );
}
