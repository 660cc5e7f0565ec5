// The card next to a selection in the page: a dialog around the shared result body, closed with Escape.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { InsertOutcome } from '../../lib/dom/insert-text';
import type { WritePlacement } from '../../lib/dom/selection-insert';
import { t } from '../../lib/i18n/t';
import type { SelectionJob } from '../../lib/selection/selection-job';
import type { SelectionSource } from '../../lib/selection/selection-request';
import { SelectionResult } from './selection-result';

export interface SelectionCardProps {
  job: SelectionJob;
  source: SelectionSource;
  cutFrom: number | null;
  copy: (text: string) => Promise<boolean>;
  write?: (text: string, placement: WritePlacement) => Promise<InsertOutcome>;
  onClose: () => void;
}

export function cardTitle(job: SelectionJob): string {
  return job.action.kind === 'template' ? job.action.title : t('selectionCustomTitle');
}

export function SelectionCard({ job, source, cutFrom, copy, write, onClose }: SelectionCardProps) {
  const cardRef = useRef<HTMLDivElement>(null);
  const title = cardTitle(job);

  // Focus comes to the card so Escape and Tab work at once; the custom prompt box takes it itself.
  useEffect(() => {
    if (job.action.kind === 'template') cardRef.current?.focus();
  }, [job]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <div ref={cardRef} className="card" role="dialog" aria-label={t('selectionCardTitle', title)} tabIndex={-1} onKeyDown={onKeyDown}>
      <p className="title">{title}</p>
      <SelectionResult job={job} source={source} cutFrom={cutFrom} copy={copy} write={write} inPage onClose={onClose} />
    </div>
  );
}
