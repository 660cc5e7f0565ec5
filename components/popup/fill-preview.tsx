// The preview of a fill: every field with its proposed value, editable, and a checkbox each. Fields that already
// hold something start unticked, so nothing the user typed is overwritten without their say.
import { useId, useState } from 'react';
import { t } from '../../lib/i18n/t';
import type { FillJob, Proposal } from '../../lib/forms/fill-job';
import { isEmptyValue, type FieldValue, type FormField } from '../../lib/forms/form-field';
import type { ProposalEdit } from '../../lib/messaging/popup-schemas';
import { displayValue, ValueEditor } from './value-editor';

interface FillPreviewProps {
  job: FillJob;
  busy: boolean;
  onEdit: (proposals: ProposalEdit[]) => void;
  onFill: (proposals: ProposalEdit[]) => void;
  onDiscard: () => void;
}

const toEdits = (rows: readonly Proposal[]): ProposalEdit[] => rows.map(({ fieldId, value, apply }) => ({ fieldId, value, apply }));

export function FillPreview({ job, busy, onEdit, onFill, onDiscard }: FillPreviewProps) {
  const [rows, setRows] = useState(job.proposals);
  const groups = new Set(job.fields.map((field) => field.groupId));
  const ticked = rows.filter((row) => row.apply).length;

  const change = (fieldId: string, patch: { value?: FieldValue; apply?: boolean }) => {
    const next = rows.map((row) => (row.fieldId === fieldId ? { ...row, ...patch } : row));
    setRows(next);
    onEdit(toEdits(next));
  };

  return (
    <div className="preview">
      <ul className="rows" aria-label={t('popupPreviewLabel')}>
        {job.fields.map((field, index) => {
          const row = rows.find((candidate) => candidate.fieldId === field.id);
          if (!row) return null;
          const heading = groups.size > 1 && field.groupId !== job.fields[index - 1]?.groupId;
          return (
            <ProposalRow
              key={field.id}
              field={field}
              row={row}
              heading={heading ? field.groupLabel || t('popupUnnamedForm') : null}
              onChange={(patch) => change(field.id, patch)}
            />
          );
        })}
      </ul>
      <div className="actions">
        <button type="button" className="primary" disabled={busy || ticked === 0} onClick={() => onFill(toEdits(rows))}>
          {t('popupFillButton', String(ticked))}
        </button>
        <button type="button" disabled={busy} onClick={onDiscard}>
          {t('popupDiscard')}
        </button>
      </div>
    </div>
  );
}

interface ProposalRowProps {
  field: FormField;
  row: Proposal;
  heading: string | null;
  onChange: (patch: { value?: FieldValue; apply?: boolean }) => void;
}

function ProposalRow({ field, row, heading, onChange }: ProposalRowProps) {
  const id = useId();
  const label = field.label || field.name;
  return (
    <li className={row.proposed ? 'row' : 'row unproposed'}>
      {heading && <h3 className="group">{heading}</h3>}
      <div className="row-line">
        <input type="checkbox" checked={row.apply} aria-label={t('popupApplyField', label)} onChange={(event) => onChange({ apply: event.target.checked })} />
        <div className="row-body">
          <span className="row-head">
            <label htmlFor={id}>{label}</label>
            {field.required && <span aria-hidden="true"> *</span>}
          </span>
          {/* Editing a value is consent to write it, so the row gets ticked. */}
          <ValueEditor id={id} field={field} value={row.value} onChange={(value) => onChange({ value, apply: true })} />
          {!isEmptyValue(field.value) && <p className="muted current">{t('popupCurrentValue', displayValue(field, field.value))}</p>}
        </div>
      </div>
    </li>
  );
}
