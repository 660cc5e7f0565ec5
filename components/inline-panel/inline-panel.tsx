// The inline panel: prompt, streamed result and the actions that put it into the field.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { sendMessage } from '../../lib/messaging/messenger';
import { t, type MessageKey } from '../../lib/i18n/t';
import type { EditableField } from '../../lib/dom/editable-field';
import { insertGeneratedText, type FieldSnapshot } from '../../lib/dom/insert-text';
import { collectFieldContext } from '../../lib/dom/field-context';
import { useGeneration } from './use-generation';
import { lastingNotices, statusText } from './status-text';

export interface InlinePanelProps {
  field: EditableField;
  snapshot: FieldSnapshot;
  onClose: () => void;
}

const INSERT_MESSAGES: Record<string, MessageKey> = {
  inserted: 'statusInserted',
  'inserted-at-caret': 'statusInsertedAtCaret',
};

export function InlinePanel({ field, snapshot, onClose }: InlinePanelProps) {
  const { state, start, stop } = useGeneration();
  const [prompt, setPrompt] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const promptRef = useRef<HTMLTextAreaElement>(null);
  const busy = state.status === 'connecting' || state.status === 'streaming';

  useEffect(() => promptRef.current?.focus(), []);

  const send = (regenerate = false) => {
    if (!prompt.trim() || busy) return;
    setNotice(null);
    start({ prompt, source: 'inline', context: collectFieldContext(field, snapshot), regenerate });
  };

  const insert = async () => {
    const outcome = insertGeneratedText(field, state.text, snapshot, 'insert');
    if (outcome !== 'rejected') {
      setNotice(t(INSERT_MESSAGES[outcome] ?? 'statusInserted'));
      return;
    }
    // Never a silent failure: the text goes to the clipboard and the panel says so.
    const copied = await navigator.clipboard.writeText(state.text).then(() => true, () => false);
    setNotice(t(copied ? 'statusCopiedInstead' : 'statusInsertFailed'));
  };

  const close = () => {
    stop();
    onClose();
    field.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
    }
  };

  const onPromptKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };

  const showSettingsLink = state.error?.code === 'auth' || state.error?.code === 'permission' || state.error?.code === 'not-found';

  return (
    <div className="panel" role="dialog" aria-label={t('panelTitle')} onKeyDown={onKeyDown}>
      <div className="header">
        <span className="title">{t('panelTitle')}</span>
        <button type="button" className="icon" aria-label={t('close')} onClick={close}>
          ×
        </button>
      </div>
      <textarea
        ref={promptRef}
        className="prompt"
        aria-label={t('prompt')}
        placeholder={t('promptPlaceholder')}
        rows={2}
        value={prompt}
        onChange={(event) => setPrompt(event.target.value)}
        onKeyDown={onPromptKeyDown}
      />
      <div className={`result${state.status === 'error' && state.text ? ' incomplete' : ''}`} role="region" aria-label={t('result')} aria-busy={busy}>
        {state.text}
      </div>
      <p className={`status${state.status === 'error' ? ' error' : ''}`} role="status" aria-live="polite">
        {notice ?? statusText(state)}
        {showSettingsLink && (
          <button type="button" className="link" onClick={() => void sendMessage('openOptions', undefined)}>
            {t('openOptions')}
          </button>
        )}
      </p>
      {lastingNotices(state).map((text) => (
        <p key={text} className="notice">
          {text}
        </p>
      ))}
      <div className="actions">
        {busy ? (
          <button type="button" onClick={stop}>
            {t('stop')}
          </button>
        ) : (
          <button type="button" onClick={() => send()} disabled={!prompt.trim()}>
            {t('send')}
          </button>
        )}
        <button type="button" onClick={() => send(true)} disabled={busy || state.status === 'idle'}>
          {t('retry')}
        </button>
        <button type="button" className="primary" onClick={() => void insert()} disabled={busy || !state.text}>
          {t('insert')}
        </button>
        <button type="button" onClick={close}>
          {t('close')}
        </button>
      </div>
    </div>
  );
}
