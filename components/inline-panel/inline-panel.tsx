// The inline panel: composes its parts (header, prompt line, quick actions, result, status, actions,
// footer) and owns what is asked and what the answer is for.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging/messenger';
import { t } from '../../lib/i18n/t';
import type { EditableField } from '../../lib/dom/editable-field';
import type { FieldSnapshot, InsertMode } from '../../lib/dom/insert-text';
import { collectFieldContext } from '../../lib/dom/field-context';
import { isCanvasEditorField, pasteShortcut } from '../../lib/dom/canvas-editor';
import { useGeneration } from './use-generation';
import { useFieldWriter, type WrittenNotice } from './use-field-writer';
import { quickActions, type QuickAction } from './quick-actions';
import { primaryAction, rewriteScope } from './primary-action';
import { PanelHeader } from './panel-header';
import { RewriteQuote } from './rewrite-quote';
import { PromptLine } from './prompt-line';
import { QuickActionBar } from './quick-action-bar';
import { ResultArea } from './result-area';
import { PanelStatus } from './panel-status';
import { ActionsBar } from './actions-bar';
import { PanelFooter } from './panel-footer';

export interface InlinePanelProps {
  field: EditableField;
  snapshot: FieldSnapshot;
  onClose: () => void;
  onSiteDisabled: () => void;
  // The answer went into the field: the panel closes and a notice with Undo takes its place.
  onWritten: (notice: WrittenNotice) => void;
}

interface Ask {
  prompt: string;
  writes: QuickAction['writes'];
  // A quick action's name, for the history; typed words have none.
  titleKey?: string;
}

const ACTIONS = quickActions(browser.i18n.getUILanguage());

function selectedText(snapshot: FieldSnapshot): string {
  return snapshot.selectedText ?? snapshot.value.slice(snapshot.selectionStart, snapshot.selectionEnd);
}

export function InlinePanel({ field, snapshot, onClose, onSiteDisabled, onWritten }: InlinePanelProps) {
  const { state, start, stop } = useGeneration();
  const writer = useFieldWriter(field, snapshot);
  const [prompt, setPrompt] = useState('');
  const [lastAsk, setLastAsk] = useState<Ask | null>(null);
  const promptRef = useRef<HTMLTextAreaElement>(null);
  const busy = state.status === 'connecting' || state.status === 'streaming';
  const canWrite = !busy && !writer.writing && state.text !== '';
  // A canvas editor (Google Docs) shows nothing Draftsmith writes: say so, and offer Copy and the paste key.
  const [copyOnly] = useState(() => isCanvasEditorField(field));
  const paste = pasteShortcut(navigator.platform);

  useEffect(() => promptRef.current?.focus(), []);

  const selection = selectedText(snapshot);
  const intent = { ask: lastAsk, selection, fieldText: snapshot.value };
  const primary = primaryAction(intent);
  const scope = rewriteScope(intent);
  const quoted = scope === 'selection' ? selection : scope === 'whole-field' ? snapshot.value : null;

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

  const write = async (mode: InsertMode) => {
    const written = await writer.write(state.text, mode);
    if (written) onWritten(written);
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

  return (
    <div className="panel" role="dialog" aria-label={t('panelTitle')} onKeyDown={onKeyDown}>
      <PanelHeader onClose={onClose} />
      {copyOnly && <p className="notice canvas-editor">{t('panelCanvasEditor', paste)}</p>}
      <RewriteQuote text={quoted} />
      <PromptLine ref={promptRef} value={prompt} busy={busy} onChange={setPrompt} onSend={send} onStop={stop} />
      <QuickActionBar actions={ACTIONS} disabled={busy} onAsk={ask} />
      <ResultArea text={state.text} busy={busy} incomplete={state.status === 'error' && state.text !== ''} />
      <PanelStatus state={state} busy={busy} notice={writer.notice} />
      <ActionsBar
        primary={primary}
        canWrite={canWrite}
        canRetry={!busy && lastAsk !== null}
        onWrite={(mode) => void write(mode)}
        onRetry={() => lastAsk && ask(lastAsk, true)}
        onCopy={() => void writer.copy(state.text, copyOnly ? paste : null)}
        copyOnly={copyOnly}
      />
      <PanelFooter onDisableSite={() => void disableSite()} />
    </div>
  );
}
