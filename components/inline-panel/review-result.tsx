// A rewrite's result with its review: the diff against the original (or the plain result, by a toggle),
// and in Fix grammar a count of the changes kept.
import { t } from '../../lib/i18n/t';
import type { DiffPart } from '../../lib/diff/word-diff';
import { DiffView } from './diff-view';

interface ReviewResultProps {
  parts: readonly DiffPart[];
  // What Insert/Replace will write: the result with rejected changes put back.
  text: string;
  reviewable: boolean;
  rejected: ReadonlySet<number>;
  showDiff: boolean;
  onToggle: (id: number) => void;
  onShowDiff: (show: boolean) => void;
}

export function ReviewResult({ parts, text, reviewable, rejected, showDiff, onToggle, onShowDiff }: ReviewResultProps) {
  const total = parts.filter((part) => part.kind === 'change').length;
  return (
    <div className="review">
      <div className="review-bar">
        <span className="review-count">
          {reviewable ? t('reviewKeptCount', [String(total - rejected.size), String(total)]) : t('reviewChangeCount', String(total))}
        </span>
        <button type="button" className="link" aria-pressed={showDiff} onClick={() => onShowDiff(!showDiff)}>
          {t('reviewShowChanges')}
        </button>
      </div>
      {showDiff ? <DiffView parts={parts} reviewable={reviewable} rejected={rejected} onToggle={onToggle} /> : <span className="plain">{text}</span>}
    </div>
  );
}
