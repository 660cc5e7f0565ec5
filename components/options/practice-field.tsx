// The onboarding's practice field: ask Draftsmith for text and put it into a field here, before any web page.
import { useId, useState, type FormEvent } from 'react';
import { t } from '../../lib/i18n/t';
import { GenerationStatus } from '../inline-panel/generation-status';
import { useGeneration } from '../inline-panel/use-generation';

export function PracticeField() {
  const { state, start, stop, isStarting } = useGeneration();
  const [instruction, setInstruction] = useState(() => t('opt_practiceExample'));
  const [text, setText] = useState('');
  const ids = useId();
  const busy = state.status === 'connecting' || state.status === 'streaming';

  const generate = (event: FormEvent) => {
    event.preventDefault();
    if (busy || isStarting() || !instruction.trim()) return;
    start({ prompt: instruction, source: 'inline', context: text ? { fieldText: text, fieldLabel: t('opt_practiceField') } : {}, label: { action: { kind: 'prompt' }, words: instruction } });
  };

  // Adds to what is there rather than replacing it: the user's own text stays.
  const insert = () => setText((current) => (current ? `${current}\n${state.text}` : state.text));

  return (
    <form className="practice" onSubmit={generate}>
      <div className="field">
        <label htmlFor={`${ids}-field`}>{t('opt_practiceField')}</label>
        <textarea id={`${ids}-field`} rows={4} value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-ask`}>{t('opt_practiceInstruction')}</label>
        <input id={`${ids}-ask`} value={instruction} onChange={(event) => setInstruction(event.target.value)} />
      </div>
      <div className="actions">
        {busy ? (
          <button type="button" onClick={stop}>
            {t('stop')}
          </button>
        ) : (
          <button type="submit" disabled={!instruction.trim()}>
            {t('opt_practiceGenerate')}
          </button>
        )}
        <button type="button" className="secondary" disabled={busy || !state.text} onClick={insert}>
          {t('opt_practiceInsert')}
        </button>
      </div>
      {state.status !== 'idle' && (
        <>
          <div className="practice-result" role="region" aria-label={t('result')} aria-busy={busy}>
            {state.text}
          </div>
          <GenerationStatus state={state} />
        </>
      )}
    </form>
  );
}
