// The answer as it streams in. It takes the room the panel has left and scrolls inside it, so the panel
// never grows past its placement. Other views of the answer (a review of changes) go in as children.
import type { ReactNode } from 'react';
import { t } from '../../lib/i18n/t';

interface ResultAreaProps {
  text: string;
  busy: boolean;
  // Some text arrived, then the generation failed: kept, and marked.
  incomplete: boolean;
  children?: ReactNode;
}

export function ResultArea({ text, busy, incomplete, children }: ResultAreaProps) {
  const empty = text === '' && !children;
  return (
    <div className={`result${incomplete ? ' incomplete' : ''}${empty ? ' empty' : ''}`} role="region" aria-label={t('result')} aria-busy={busy} tabIndex={empty ? -1 : 0}>
      {children ?? text}
    </div>
  );
}
