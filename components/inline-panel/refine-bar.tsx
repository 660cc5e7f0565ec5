// Refine the current result with a follow-up ("warmer", "add a call to action"), step Back and Forward
// between the versions, and ask for Variants.
import { useState, type KeyboardEvent } from 'react';
import { t } from '../../lib/i18n/t';
import { MAX_USER_TURN_CHARS } from '../../lib/prompts/conversation-turns';

interface RefineBarProps {
  busy: boolean;
  // 1-based position of the version shown, and how many there are.
  position: number;
  count: number;
  canRefine: boolean;
  onRefine: (instruction: string) => void;
  onBack: () => void;
  onForward: () => void;
  onVariants: () => void;
}

export function RefineBar({ busy, position, count, canRefine, onRefine, onBack, onForward, onVariants }: RefineBarProps) {
  const [draft, setDraft] = useState('');
  const send = () => {
    if (!draft.trim() || busy || !canRefine) return;
    onRefine(draft.trim());
    setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };
  return (
    <div className="refine">
      <div className="refine-top">
        <div className="versions" role="group" aria-label={t('versionsLabel')}>
          <button type="button" className="step" aria-label={t('versionBack')} title={t('versionBack')} disabled={busy || position <= 1} onClick={onBack}>
            ‹
          </button>
          <span className="version-count" aria-live="polite">
            {t('versionPosition', [String(position), String(count)])}
          </span>
          <button type="button" className="step" aria-label={t('versionForward')} title={t('versionForward')} disabled={busy || position >= count} onClick={onForward}>
            ›
          </button>
        </div>
        <button type="button" onClick={onVariants} disabled={busy || !canRefine}>
          {t('variantsButton')}
        </button>
      </div>
      <div className="refine-line">
        <input
          className="refine-input"
          aria-label={t('refineLabel')}
          placeholder={t('refinePlaceholder')}
          maxLength={MAX_USER_TURN_CHARS}
          value={draft}
          disabled={!canRefine}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="button" onClick={send} disabled={busy || !canRefine || !draft.trim()}>
          {t('refineSend')}
        </button>
      </div>
    </div>
  );
}
