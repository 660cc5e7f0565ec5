// The body shared by the in-page card and the result window: custom prompt, streamed answer, status and actions.
import { useMemo, useState, type KeyboardEvent } from 'react';
import { diffWords } from '../../lib/diff/word-diff';
import type { InsertOutcome } from '../../lib/dom/insert-text';
import type { WritePlacement } from '../../lib/dom/selection-insert';
import { t, type MessageKey } from '../../lib/i18n/t';
import type { SelectionJob } from '../../lib/selection/selection-job';
import type { SelectionSource } from '../../lib/selection/selection-request';
import { GenerationStatus } from '../inline-panel/generation-status';
import { quoteStart } from '../inline-panel/primary-action';
import { ReviewResult } from '../inline-panel/review-result';
import { rewritesText } from '../inline-panel/rewrite-review';
import { MarkdownResult } from './markdown-result';
import { useSelectionJob } from './use-selection-job';

export interface SelectionResultProps {
  job: SelectionJob;
  source: SelectionSource;
  // The selection's length when it was cut before sending, else null.
  cutFrom: number | null;
  copy: (text: string) => Promise<boolean>;
  // Writes into the field holding the selection; absent for page text and in the window.
  write?: (text: string, placement: WritePlacement) => Promise<InsertOutcome>;
  // The page card quotes the start of the text it works on; the window shows the whole text itself.
  inPage: boolean;
  onClose: () => void;
}

const NONE: ReadonlySet<number> = new Set();

// The background names built-in templates 'builtin:<id>'; a user's own template may do anything, so it shows as is.
function builtinId(templateId: string): string | undefined {
  return templateId.startsWith('builtin:') ? templateId.slice('builtin:'.length) : undefined;
}

const WRITTEN: Record<WritePlacement, MessageKey> = { replace: 'statusReplaced', after: 'statusInsertedBelow' };

export function SelectionResult({ job, source, cutFrom, copy, write, inPage, onClose }: SelectionResultProps) {
  const { state, stop, run, retry, instruction } = useSelectionJob(job, source);
  const [draft, setDraft] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const busy = state.status === 'connecting' || state.status === 'streaming';
  const custom = job.action.kind === 'custom';
  const hasText = state.text !== '' && !busy;
  const [showDiff, setShowDiff] = useState(true);
  // A rewrite template on text the user can change shows what it changed, word by word, before Replace.
  const rewrite = write !== undefined && job.action.kind === 'template' && rewritesText(builtinId(job.action.templateId)) && source.text.trim() !== '';
  const parts = useMemo(() => (rewrite && hasText ? diffWords(source.text, state.text) : null), [rewrite, hasText, source.text, state.text]);

  const send = () => {
    if (!draft.trim() || busy) return;
    setNotice(null);
    run(draft);
  };

  const copyResult = async () => setNotice(t((await copy(state.text)) ? 'statusCopied' : 'statusCopyFailed'));

  const writeResult = async (placement: WritePlacement) => {
    if (!write) return copyResult();
    const outcome = await write(state.text, placement).catch(() => 'rejected' as const);
    if (outcome === 'inserted') return setNotice(t(WRITTEN[placement]));
    if (outcome === 'inserted-at-caret') return setNotice(t('statusInsertedAtCaret'));
    // Never a silent failure: the text goes to the clipboard and the card says so.
    setNotice(t((await copy(state.text)) ? 'statusCopiedInstead' : 'statusInsertFailed'));
  };

  const onDraftKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };


  return (
    <>
      {custom && (
        <textarea
          className="instruction"
          aria-label={t('selectionInstruction')}
          placeholder={t('selectionInstructionPlaceholder')}
          rows={2}
          value={draft}
          autoFocus
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onDraftKeyDown}
        />
      )}
      {inPage && source.text.trim() !== '' && <p className="quote">{t('cardWorkingOnQuote', quoteStart(source.text))}</p>}
      {cutFrom !== null && <p className="notice">{t('noticeSelectionCut', [String(cutFrom), String(source.text.length)])}</p>}
      {parts ? (
        <div className={`result${state.status === 'error' ? ' incomplete' : ''}`} role="region" aria-label={t('result')}>
          <ReviewResult parts={parts} text={state.text} reviewable={false} rejected={NONE} showDiff={showDiff} onToggle={() => undefined} onShowDiff={setShowDiff} />
        </div>
      ) : (
        <MarkdownResult text={state.text} busy={busy} incomplete={state.status === 'error' && state.text !== ''} />
      )}
      <GenerationStatus state={state} notice={notice} onRegenerate={instruction === null ? undefined : retry} />
      <div className="actions">
        {custom && !busy && (
          <button type="button" onClick={send} disabled={!draft.trim()}>
            {t('send')}
          </button>
        )}
        {busy ? (
          <button type="button" onClick={stop}>
            {t('stop')}
          </button>
        ) : (
          <button type="button" onClick={retry} disabled={instruction === null}>
            {t('retry')}
          </button>
        )}
        <button type="button" onClick={() => void copyResult()} disabled={!hasText}>
          {t('copy')}
        </button>
        {write && (
          <button type="button" className="primary" onClick={() => void writeResult('replace')} disabled={!hasText}>
            {t('replace')}
          </button>
        )}
        {/* Only where text can go in: page text has Copy instead. */}
        {write && (
          <button type="button" onClick={() => void writeResult('after')} disabled={!hasText}>
            {t('insertBelow')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </>
  );
}
