// The inline panel: composes its parts (header, prompt line, quick actions, result, status, actions,
// footer) and owns what is asked and what the answer is for.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { extensionApi } from '../../lib/platform/extension-api';
import { sendMessage } from '../../lib/messaging/messenger';
import { t } from '../../lib/i18n/t';
import type { EditableField } from '../../lib/dom/editable-field';
import type { FieldSnapshot, InsertMode } from '../../lib/dom/insert-text';
import { collectFieldContext } from '../../lib/dom/field-context';
import { MAX_PROMPT_CHARS } from '../../lib/messaging/generation-schemas';
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
import { useLatestCallback } from './use-latest-callback';
import { useWritingTools, type Ask } from './use-writing-tools';
import { useWritingPrefs } from './use-writing-prefs';
import { styleFor } from './rewrite-review';
import { WritingRefineRow, WritingResult, WritingStyleRow } from './writing-tools';

export interface InlinePanelProps {
  field: EditableField;
  snapshot: FieldSnapshot;
  onClose: () => void;
  onSiteDisabled: () => void;
  // The answer went into the field: the panel closes and a notice with Undo takes its place.
  onWritten: (notice: WrittenNotice) => void;
}

const UI_LANGUAGE = extensionApi().i18n.getUILanguage();

function selectedText(snapshot: FieldSnapshot): string {
  return snapshot.selectedText ?? snapshot.value.slice(snapshot.selectionStart, snapshot.selectionEnd);
}

export function InlinePanel({ field, snapshot, onClose, onSiteDisabled, onWritten }: InlinePanelProps) {
  const { state, start, stop, isStarting } = useGeneration();
  const writer = useFieldWriter(field, snapshot);
  const [prompt, setPrompt] = useState('');
  const [lastAsk, setLastAsk] = useState<Ask | null>(null);
  const promptRef = useRef<HTMLTextAreaElement>(null);
  const prefs = useWritingPrefs();
  // Translate names the remembered target language, or the browser's when none was chosen.
  const actions = useMemo(() => quickActions(prefs.language || UI_LANGUAGE), [prefs.language]);
  const busy = state.status === 'connecting' || state.status === 'streaming';

  useEffect(() => promptRef.current?.focus(), []);

  const selection = selectedText(snapshot);
  const intent = { ask: lastAsk, selection, fieldText: snapshot.value };
  const primary = primaryAction(intent);
  const scope = rewriteScope(intent);
  const quoted = scope === 'selection' ? selection : scope === 'whole-field' ? snapshot.value : null;
  const toRequest = useCallback(
    (next: Ask, regenerate = false) => ({
      prompt: next.prompt,
      source: 'inline' as const,
      context: collectFieldContext(field, snapshot),
      regenerate,
      // A rewrite of the field's text (fix, translate, shorter, a tone) runs cool: faithful and repeatable.
      task: next.writes === 'replace' ? ('transform' as const) : ('compose' as const),
      style: next.style,
      turns: next.turns,
      // The history names what the user did: the quick action, or their own words.
      label: next.titleKey
        ? { action: { kind: 'template' as const, title: next.titleKey, titleKey: next.titleKey } }
        : { action: { kind: 'prompt' as const }, words: next.prompt },
    }),
    [field, snapshot],
  );
  const tools = useWritingTools({ state, busy, original: quoted, uiLanguage: UI_LANGUAGE, toRequest });
  const canWrite = !busy && !writer.writing && !tools.variants.variants && tools.writeText !== '';
  // A canvas editor (Google Docs) shows nothing Draftsmith writes: say so, and offer Copy and the paste key.
  const [copyOnly] = useState(() => isCanvasEditorField(field));
  const paste = pasteShortcut(navigator.platform);

  const ask = (next: Ask, regenerate = false) => {
    // Pressed again before anything of the first press is drawn: one request, not two.
    if (busy || isStarting()) return;
    // A rewrite of nothing (an empty field, nothing selected) says so instead of asking the model.
    if (next.writes === 'replace' && !rewriteScope({ ask: next, selection, fieldText: snapshot.value })) {
      return writer.setNotice(t(next.actionId === 'translate' ? 'statusNothingToTranslate' : 'statusNothingToRewrite'));
    }
    // Past what a request may carry: said here, rather than sent and refused by the worker's schema.
    const length = next.prompt.trim().length;
    if (length > MAX_PROMPT_CHARS) return writer.setNotice(t('statusPromptTooLong', [String(length), String(MAX_PROMPT_CHARS)]));
    writer.setNotice(null);
    setLastAsk(next);
    tools.begin(next);
    start(toRequest(next, regenerate));
  };

  // A tone or length change re-runs a Rewrite that is on screen, in the new style.
  const changeStyle = (style: Parameters<typeof prefs.setStyle>[0]) => {
    prefs.setStyle(style);
    const shown = tools.versions.current?.ask;
    if (shown?.actionId === 'rewrite' && !busy) ask({ ...shown, style: styleFor('rewrite', style), turns: undefined });
  };

  // Stable handlers: the header, prompt line, quick actions, actions and footer are memoised, so a streamed
  // delta renders the answer and the status, not every button of the panel again.
  const send = useLatestCallback(() => {
    if (prompt.trim()) ask({ prompt, writes: 'insert' });
  });
  const askQuick = useLatestCallback((action: QuickAction) =>
    ask({ prompt: action.prompt, writes: action.writes, actionId: action.id, titleKey: action.titleKey, style: styleFor(action.id, prefs.style) }),
  );

  const write = async (mode: InsertMode) => {
    // The previous answer is still on screen for a moment after a new ask; it is not what the user asked for.
    if (isStarting()) return;
    const written = await writer.write(tools.writeText, mode);
    if (written) onWritten(written);
  };
  const retry = useLatestCallback(() => lastAsk && ask(lastAsk, true));
  const copy = useLatestCallback(() => void writer.copy(tools.writeText, copyOnly ? paste : null));

  const disableSite = async () => {
    const reply = await sendMessage('disableSiteFromPage', undefined).catch(() => null);
    if (!reply?.site) return writer.setNotice(t('statusSiteDisableFailed'));
    onSiteDisabled();
    writer.setNotice(t('statusSiteDisabled', reply.site));
  };
  const writeMode = useLatestCallback((mode: InsertMode) => void write(mode));
  const disableSiteClick = useLatestCallback(() => void disableSite());

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
      <QuickActionBar actions={actions} disabled={busy} onAsk={askQuick} />
      <WritingStyleRow tools={tools} prefs={prefs} busy={busy} uiLanguage={UI_LANGUAGE} onStyle={changeStyle} />
      <ResultArea text={tools.shownText} busy={busy || tools.variants.busy} incomplete={state.status === 'error' && state.text !== ''}>
        {tools.variants.variants || tools.parts ? <WritingResult tools={tools} /> : undefined}
      </ResultArea>
      <WritingRefineRow tools={tools} busy={busy} onAsk={ask} />
      <PanelStatus state={state} busy={busy} notice={writer.notice} onRegenerate={lastAsk ? () => ask(lastAsk, true) : undefined} />
      <ActionsBar
        primary={primary}
        canWrite={canWrite}
        canRetry={!busy && lastAsk !== null}
        onWrite={writeMode}
        onRetry={retry}
        onCopy={copy}
        copyOnly={copyOnly}
      />
      <PanelFooter onDisableSite={disableSiteClick} />
    </div>
  );
}
