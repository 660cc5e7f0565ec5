// The word-level diff of a rewrite: removed words in <del>, added words in <ins>, each with a spoken cue
// (not colour alone); in a review, each change has its own Reject toggle.
import type { DiffPart } from '../../lib/diff/word-diff';
import { t } from '../../lib/i18n/t';

interface DiffViewProps {
  parts: readonly DiffPart[];
  // Fix grammar: each change can be rejected, which puts the original words back.
  reviewable: boolean;
  rejected: ReadonlySet<number>;
  onToggle: (id: number) => void;
}

const shown = (text: string) => text.trim() || '␣';

export function DiffView({ parts, reviewable, rejected, onToggle }: DiffViewProps) {
  return (
    <div className="diff">
      {parts.map((part, index) => {
        if (part.kind === 'same') return <span key={index}>{part.text}</span>;
        const isRejected = rejected.has(part.id);
        return (
          <span key={index} className={`change${isRejected ? ' rejected' : ''}`}>
            {isRejected ? (
              <span className="kept">{part.removed}</span>
            ) : (
              <>
                {part.removed && <del data-cue={t('diffRemovedCue')}>{part.removed}</del>}
                {part.added && <ins data-cue={t('diffAddedCue')}>{part.added}</ins>}
              </>
            )}
            {reviewable && (
              <button
                type="button"
                className="reject"
                aria-pressed={isRejected}
                aria-label={t('reviewRejectChange', [shown(part.removed), shown(part.added)])}
                title={t(isRejected ? 'reviewRestoreTitle' : 'reviewRejectTitle')}
                onClick={() => onToggle(part.id)}
              >
                {isRejected ? '↺' : '✕'}
              </button>
            )}
          </span>
        );
      })}
    </div>
  );
}
