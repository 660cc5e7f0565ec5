// The inline panel: prompt and quick actions, the streamed result, and the actions that put it into the field.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging/messenger';
import { isMessageKey, t } from '../../lib/i18n/t';
import type { EditableField } from '../../lib/dom/editable-field';
import type { FieldSnapshot } from '../../lib/dom/insert-text';
import { collectFieldContext } from '../../lib/dom/field-context';
import { useGeneration } from './use-generation';
import { useFieldWriter } from './use-field-writer';
import { quickActions, type QuickAction } from './quick-actions';
import { GenerationStatus } from './generation-status';

export interface InlinePanelProps {
  field: EditableField;
  snapshot: FieldSnapshot;
  onClose: () => void;
  onSiteDisabled: () => void;
}

interface Ask {
  prompt: string;
  writes: QuickAction['writes'];
  // A quick action's name, for the history; typed words have none.
  titleKey?: string;
}

const ACTIONS = quickActions(browser.i18n.getUILanguage());

export function InlinePanel({ field, snapshot, onClose, onSiteDisabled }: InlinePanelProps) {
  const { state, start, stop } = useGeneration();
  const writer = useFieldWriter(field, snapshot);
  const [prompt, setPrompt] = useState('');
  const [lastAsk, setLastAsk] = useState<Ask | null>(null);
  const promptRef = useRef<HTMLTextAreaElement>(null);
  const busy = state.status === 'connecting' || state.status === 'streaming';
  const canWrite = !busy && !writer.writing && state.text !== '';

  useEffect(() => promptRef.current?.focus(), []);

  const ask = (next: Ask, regenerate = false) => {
    if (busy) return;
    writer.setNotice(null);
    setLastAsk(next);
    // The history names what the user did: the quick action, or their own words.
    const label = next.titleKey ? { action: { kind: 'template' as const, title: next.titleKey, titleKey: next.titleKey } } : { action: { kind: 'prompt' as const }, words: next.prompt };
    start({ prompt: next.prompt, source: 'inline', context: collectFieldContext(field, snapshot), regenerate, label });
  };

  const send = () => {
    if (prompt.trim()) ask({ prompt, writes: 'insert' });
  };

  const disableSite = async () => {
    const reply = await sendMessage('disableSiteFromPage', undefined).catch(() => null);
    if (!reply?.site) return writer.setNotice(t('statusSiteDisableFailed'));
    onSiteDisabled();
    writer.setNotice(t('statusSiteDisabled', reply.site));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };

  const onPromptKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };

  // After a rework action (rewrite, shorter, ...) Replace is the likely next step; after a prompt, Insert.
  const primary = lastAsk?.writes ?? 'insert';

  return (
    <div className="panel" role="dialog" aria-label={t('panelTitle')} onKeyDown={onKeyDown}>
      <div className="header">
        <span className="title">{t('panelTitle')}</span>
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
      <div className="quick" role="group" aria-label={t('quickActions')}>
        {ACTIONS.map((action) => (
          <button key={action.id} type="button" disabled={busy} onClick={() => ask(action)}>
            {isMessageKey(action.titleKey) ? t(action.titleKey) : action.id}
          </button>
        ))}
      </div>
      <div className={`result${state.status === 'error' && state.text ? ' incomplete' : ''}`} role="region" aria-label={t('result')} aria-busy={busy}>
        {state.text}
      </div>
      <GenerationStatus state={state} notice={writer.notice} />
      <div className="actions">
        {busy ? (
          <button type="button" onClick={stop}>
            {t('stop')}
          </button>
        ) : (
          <button type="button" onClick={send} disabled={!prompt.trim()}>
            {t('send')}
          </button>
        )}
        <button type="button" onClick={() => lastAsk && ask(lastAsk, true)} disabled={busy || !lastAsk}>
          {t('retry')}
        </button>
        <button type="button" onClick={() => void writer.copy(state.text)} disabled={!canWrite}>
          {t('copy')}
        </button>
        <button type="button" className={primary === 'replace' ? 'primary' : ''} onClick={() => void writer.write(state.text, 'replace')} disabled={!canWrite}>
          {t('replace')}
        </button>
        <button type="button" className={primary === 'insert' ? 'primary' : ''} onClick={() => void writer.write(state.text, 'insert')} disabled={!canWrite}>
          {t('insert')}
        </button>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <div className="footer">
        {/* Stays enabled once used: disabling the focused button would drop focus out of the panel. */}
        <button type="button" className="link" onClick={() => void disableSite()}>
          {t('disableOnSite')}
        </button>
      </div>
    </div>
  );
}
