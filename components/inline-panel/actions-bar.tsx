// The actions after an answer: one primary (Insert or Replace, from primary-action.ts), the other write
// mode quietly beside it, and Retry and Copy as secondary. Copy-only (a canvas editor): Copy is the primary.
import { memo } from 'react';
import type { InsertMode } from '../../lib/dom/write-plan';
import { t } from '../../lib/i18n/t';

interface ActionsBarProps {
  primary: InsertMode;
  canWrite: boolean;
  canRetry: boolean;
  onWrite: (mode: InsertMode) => void;
  onRetry: () => void;
  onCopy: () => void;
  // The field cannot take text (a canvas editor): no Insert or Replace at all.
  copyOnly?: boolean;
}

const LABEL = { insert: 'insert', replace: 'replace' } as const;

export const ActionsBar = memo(function ActionsBar({ primary, canWrite, canRetry, onWrite, onRetry, onCopy, copyOnly = false }: ActionsBarProps) {
  const other: InsertMode = primary === 'replace' ? 'insert' : 'replace';
  if (copyOnly) {
    return (
      <div className="actions">
        <button type="button" onClick={onRetry} disabled={!canRetry}>
          {t('retry')}
        </button>
        <span className="spacer" />
        <button type="button" className="primary" onClick={onCopy} disabled={!canWrite}>
          {t('copy')}
        </button>
      </div>
    );
  }
  return (
    <div className="actions">
      <button type="button" onClick={onRetry} disabled={!canRetry}>
        {t('retry')}
      </button>
      <button type="button" onClick={onCopy} disabled={!canWrite}>
        {t('copy')}
      </button>
      <span className="spacer" />
      <button type="button" className="quiet" onClick={() => onWrite(other)} disabled={!canWrite}>
        {t(LABEL[other])}
      </button>
      <button type="button" className="primary" onClick={() => onWrite(primary)} disabled={!canWrite}>
        {t(LABEL[primary])}
      </button>
    </div>
  );
});
