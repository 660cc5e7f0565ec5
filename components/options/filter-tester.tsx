// Runs a sample text through the output filter in the page, with the lists as they stand in the form.
import { useId, useMemo, useState } from 'react';
import { t } from '../../lib/i18n/t';
import { createStreamFilter } from '../../lib/pipeline/filter/stream-filter';
import type { FilterPolicy } from '../../lib/settings/policy-schemas';

interface Outcome {
  text: string;
  terms: string[];
  blocked: boolean;
}

function runFilter(policy: FilterPolicy, sample: string): Outcome | null {
  try {
    const filter = createStreamFilter(policy);
    const first = filter.push(sample);
    const last = filter.end();
    const terms = [...new Set([...first.hits, ...last.hits].map((hit) => hit.term))];
    return { text: first.text + last.text, terms, blocked: first.blocked || last.blocked };
  } catch {
    // A pattern the browser cannot compile; the form reports which one.
    return null;
  }
}

export function FilterTester({ policy }: { policy: FilterPolicy }) {
  const [sample, setSample] = useState('');
  const inputId = useId();
  const outcome = useMemo(() => (sample ? runFilter(policy, sample) : null), [policy, sample]);
  const summary = !sample
    ? ''
    : !outcome
      ? t('settings_error_pattern')
      : outcome.blocked
        ? t('opt_filterBlocked', outcome.terms.join(', '))
        : outcome.terms.length > 0
          ? t('opt_filterHits', outcome.terms.join(', '))
          : t('opt_filterClean');
  return (
    <fieldset className="filter-tester">
      <legend>{t('opt_filterTest')}</legend>
      <div className="field">
        <label htmlFor={inputId}>{t('opt_filterTestInput')}</label>
        <textarea id={inputId} rows={3} value={sample} onChange={(event) => setSample(event.target.value)} />
      </div>
      <div role="region" aria-label={t('opt_filterTestOutput')} className="filter-output">
        <p aria-live="polite">{summary}</p>
        {outcome && !outcome.blocked && <pre className="plain">{outcome.text}</pre>}
      </div>
    </fieldset>
  );
}
