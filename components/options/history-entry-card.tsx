// One history entry: named by what the user did and where, their own words, the result (plain or sanitised
// markdown), and for a failure its reason and a Retry.
import { describeError } from '../../lib/i18n/error-message';
import { t } from '../../lib/i18n/t';
import { historyTitle } from '../../lib/history/history-title';
import type { HistoryEntry } from '../../lib/history/history-entry';
import { formatTime } from './format';
import { HistoryRetry } from './history-retry';
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
  const title = historyTitle(entry);
  // Entries from before the user's words were recorded show what was sent, as they always did.
  const words = entry.words ?? (entry.action ? null : entry.prompt);
  return (
    <li className="card history-entry">
      <div className="card-head">
        <div>
          <h3 className="history-title">{title}</h3>
          <p className="item-meta">
            <time dateTime={new Date(entry.at).toISOString()}>{when}</time>
            {entry.model && <> · {entry.model}</>}
            {entry.pageUrl && (
              <>
                {' · '}
                <PageLink entry={entry} />
              </>
            )}
          </p>
        </div>
        <button type="button" className="icon danger" aria-label={t('opt_deleteEntry', when)} title={t('opt_deleteEntry', when)} onClick={() => onDelete(entry)}>
          ✕
        </button>
      </div>
      {words && (
        <p className="history-prompt">
          <span className="label">{t('histYourWords')}:</span> {words}
        </p>
      )}
      {entry.errorCode && (
        <p className="error" role="note">
          {t('histFailed', describeError({ code: entry.errorCode, message: entry.errorMessage ?? '' }))}
        </p>
      )}
      {!entry.errorCode && entry.incomplete && <p className="warning">{t('histCut')}</p>}
      {entry.result && (markdown ? <MarkdownText text={entry.result} /> : <pre className="plain">{entry.result}</pre>)}
      {(entry.errorCode || entry.incomplete) && <HistoryRetry entry={entry} title={title} />}
    </li>
  );
}
