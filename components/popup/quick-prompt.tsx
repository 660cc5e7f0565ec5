// The popup's quick prompt: ask anything, read the answer as plain text, copy it.
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { copyText } from '../../lib/dom/copy-text';
import { t } from '../../lib/i18n/t';
import { useGeneration } from '../inline-panel/use-generation';
import { GenerationStatus } from '../inline-panel/generation-status';

export function QuickPrompt() {
  const { state, start, stop, isStarting } = useGeneration();
  const [prompt, setPrompt] = useState('');
  const [copyNotice, setCopyNotice] = useState<string | null>(null);
  const headingId = useId();
  const busy = state.status === 'connecting' || state.status === 'streaming';

  // The prompt last sent, for Regenerate beside an answer from the cache.
  const [asked, setAsked] = useState<string | null>(null);
  const ask = (text: string, regenerate: boolean) => {
    setCopyNotice(null);
    setAsked(text);
    start({ prompt: text, source: 'popup', regenerate, label: { action: { kind: 'prompt' }, words: text } });
  };
  const send = (event?: FormEvent) => {
    event?.preventDefault();
    if (!prompt.trim() || busy || isStarting()) return;
    ask(prompt, false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) send(event);
  };

  const copy = async () => {
    const copied = await copyText(document, state.text);
    setCopyNotice(t(copied ? 'popupCopied' : 'popupCopyFailed'));
  };

  return (
    <section className="quick-prompt" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('popupQuickHeading')}</h2>
      <form onSubmit={send}>
        <textarea aria-label={t('prompt')} placeholder={t('promptPlaceholder')} rows={2} value={prompt} onChange={(event) => setPrompt(event.target.value)} onKeyDown={onKeyDown} />
        <div className="actions">
          {busy ? (
            <button type="button" onClick={stop}>
              {t('stop')}
            </button>
          ) : (
            <button type="submit" className="primary" disabled={!prompt.trim()}>
              {t('send')}
            </button>
          )}
          <button type="button" onClick={() => void copy()} disabled={busy || !state.text}>
            {t('popupCopy')}
          </button>
        </div>
      </form>
      {state.status !== 'idle' && (
        <>
          <div className="quick-result" role="region" aria-label={t('result')} aria-busy={busy}>
            {state.text}
          </div>
          <GenerationStatus state={state} notice={copyNotice} onRegenerate={asked === null ? undefined : () => ask(asked, true)} />
        </>
      )}
    </section>
  );
}
