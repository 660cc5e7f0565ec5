// The prompt line: what the user asks for, with the send control (Stop while an answer streams).
import { forwardRef, memo, type KeyboardEvent } from 'react';
import { t } from '../../lib/i18n/t';

interface PromptLineProps {
  value: string;
  busy: boolean;
  onChange: (value: string) => void;
  onSend: () => void;
  onStop: () => void;
}

export const PromptLine = memo(forwardRef<HTMLTextAreaElement, PromptLineProps>(function PromptLine({ value, busy, onChange, onSend, onStop }, ref) {
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      onSend();
    }
  };
  return (
    <div className="prompt-line">
      <textarea
        ref={ref}
        className="prompt"
        aria-label={t('prompt')}
        placeholder={t('promptPlaceholder')}
        rows={2}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {busy ? (
        <button type="button" className="send" aria-label={t('stop')} title={t('stop')} onClick={onStop}>
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <rect x="6" y="6" width="12" height="12" rx="2" fill="currentColor" />
          </svg>
        </button>
      ) : (
        <button type="button" className="send primary" aria-label={t('send')} title={t('send')} onClick={onSend} disabled={!value.trim()}>
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M4 12l16-8-6 16-2.5-6.5z" fill="currentColor" />
          </svg>
        </button>
      )}
    </div>
  );
}));
