// The user's prompt templates: title and prompt per card, the variables each uses, reorder and delete.
import { useEffect, useRef, useState } from 'react';
import { t } from '../../lib/i18n/t';
import { PAGE_DATA_VARIABLES, templateVariables } from '../../lib/prompts/templates';
import type { UserTemplate } from '../../lib/settings/policy-schemas';
import { errorAt, type FieldErrors } from './issue-messages';
import { focusMoved, ReorderButtons } from './reorder-buttons';
import { moveItem } from './reorder';
import { TextAreaField } from './text-area-field';
import { TextField } from './text-field';
import { useDragReorder } from './use-drag-reorder';

interface TemplateListProps {
  templates: UserTemplate[];
  onChange: (templates: UserTemplate[]) => void;
  errors: FieldErrors;
}

function VariableNotes({ prompt }: { prompt: string }) {
  const { variables, unknown } = templateVariables(prompt);
  const pageData = variables.filter((name) => PAGE_DATA_VARIABLES.includes(name));
  return (
    <div className="variable-notes">
      {variables.length > 0 && <p className="help">{t('opt_usesVariables', variables.map((name) => `{{${name}}}`).join(' '))}</p>}
      {unknown.length > 0 && <p className="warning">{t('opt_unknownVariables', unknown.map((name) => `{{${name}}}`).join(' '))}</p>}
      {pageData.length > 0 && <p className="warning">{t('opt_pageDataVariables')}</p>}
    </div>
  );
}

export function TemplateList({ templates, onChange, errors }: TemplateListProps) {
  const [moved, setMoved] = useState<{ index: number; dir: 'up' | 'down' } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (moved) focusMoved(list.current, moved.index, moved.dir);
  }, [moved]);
  const move = (from: number, to: number, dir?: 'up' | 'down') => {
    onChange(moveItem(templates, from, to));
    setMoved(dir ? { index: to, dir } : null);
  };
  const rowProps = useDragReorder((from, to) => move(from, to));
  const update = (index: number, patch: Partial<UserTemplate>) => onChange(templates.map((item, i) => (i === index ? { ...item, ...patch } : item)));

  return (
    <ol className="cards" ref={list}>
      {templates.map((template, index) => {
        const name = template.title || t('opt_templateN', String(index + 1));
        return (
          <li key={index} className="card" {...rowProps(index)}>
            <div className="card-head">
              <span className="grip" aria-hidden="true">
                ⠿
              </span>
              <TextField
                label={t('opt_templateTitle', String(index + 1))}
                name={`template-${index}-title`}
                value={template.title}
                onChange={(title) => update(index, { title })}
                error={errorAt(errors, `templates.${index}.title`)}
              />
              <ReorderButtons index={index} count={templates.length} itemName={name} onMove={(from, to) => move(from, to, to < from ? 'up' : 'down')} />
              <button type="button" className="icon danger" aria-label={t('opt_delete', name)} title={t('opt_delete', name)} onClick={() => onChange(templates.filter((_, i) => i !== index))}>
                ✕
              </button>
            </div>
            <TextAreaField
              label={t('opt_templatePrompt', String(index + 1))}
              name={`template-${index}-prompt`}
              rows={4}
              spellCheck
              value={template.prompt}
              onChange={(prompt) => update(index, { prompt })}
              error={errorAt(errors, `templates.${index}.prompt`)}
            />
            <VariableNotes prompt={template.prompt} />
          </li>
        );
      })}
    </ol>
  );
}
