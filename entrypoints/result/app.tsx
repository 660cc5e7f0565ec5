// The result window: a selection job's answer where no content script could show it (PDF viewer, browser pages).
import { useEffect, useState } from 'react';
import { CARD_CSS } from '../../components/selection-card/card-styles';
import { cardTitle } from '../../components/selection-card/selection-card';
import { SelectionResult } from '../../components/selection-card/selection-result';
import { t } from '../../lib/i18n/t';
import { takePendingResult } from '../../lib/selection/pending-result';
import type { PendingResult } from '../../lib/selection/selection-job';
import type { SelectionSource } from '../../lib/selection/selection-request';

type Loaded = { status: 'loading' } | { status: 'missing' } | { status: 'ready'; pending: PendingResult; source: SelectionSource };

const copy = (text: string) => navigator.clipboard.writeText(text).then(() => true, () => false);

// One read per window, even when React runs the effect twice (StrictMode in development).
let taking: Promise<PendingResult | null> | null = null;
const takeOnce = (id: string) => (taking ??= takePendingResult(id));

export function App({ jobId }: { jobId: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });

  // Read once: the background stored the job under this id and it is removed as it is read.
  useEffect(() => {
    let live = true;
    void takeOnce(jobId).then(
      (pending) => {
        if (!live) return;
        if (!pending) return setLoaded({ status: 'missing' });
        document.title = t('selectionCardTitle', cardTitle(pending.job));
        setLoaded({ status: 'ready', pending, source: { target: 'selection', text: pending.selection } });
      },
      () => live && setLoaded({ status: 'missing' }),
    );
    return () => {
      live = false;
    };
  }, [jobId]);

  // Escape closes the window, as it closes the card in a page.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') window.close();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <style>{CARD_CSS.replace(':host { all: initial; }', '')}</style>
      <main className="card window">
        {loaded.status === 'missing' && <p role="alert">{t('resultWindowMissing')}</p>}
        {loaded.status === 'ready' && (
          <>
            <h1 className="title">{cardTitle(loaded.pending.job)}</h1>
            <details className="source">
              <summary>{t('selectedText')}</summary>
              <pre>{loaded.pending.selection}</pre>
            </details>
            <SelectionResult
              job={loaded.pending.job}
              source={loaded.source}
              cutFrom={loaded.pending.cutFrom}
              copy={copy}
              inPage={false}
              onClose={() => window.close()}
            />
          </>
        )}
      </main>
    </>
  );
}
