// The editable proposed value of one field, as the control that suits it: a choice, a yes/no, text.
import { t } from '../../lib/i18n/t';
import type { FieldValue, FormField } from '../../lib/forms/form-field';

// Input types that help the user edit (a date picker, a number pad) and accept anything the page would.
const EDIT_TYPES = new Set(['email', 'url', 'tel', 'number', 'date', 'time', 'datetime-local', 'month', 'week']);

interface ValueEditorProps {
  id: string;
  field: FormField;
  value: FieldValue;
  onChange: (value: FieldValue) => void;
}

export function displayValue(field: FormField, value: FieldValue): string {
  if (typeof value === 'boolean') return t(value ? 'popupChecked' : 'popupUnchecked');
  const values = Array.isArray(value) ? value : [value];
  return values.map((one) => field.options.find((option) => option.value === one && !field.open)?.label ?? one).join(', ');
}

export function ValueEditor({ id, field, value, onChange }: ValueEditorProps) {
  if (field.kind === 'checkbox') {
    return (
      <select id={id} value={value === true ? 'on' : 'off'} onChange={(event) => onChange(event.target.value === 'on')}>
        <option value="on">{t('popupChecked')}</option>
        <option value="off">{t('popupUnchecked')}</option>
      </select>
    );
  }
  if (field.kind === 'select' || field.kind === 'radio') {
    const choices = field.options.filter((option) => option.value !== '');
    const options = choices.map((option) => (
      <option key={option.value} value={option.value}>
        {option.label || option.value}
      </option>
    ));
    if (field.multiple) {
      const selected = Array.isArray(value) ? value : [];
      return (
        <select id={id} multiple value={selected} onChange={(event) => onChange(Array.from(event.target.selectedOptions, (option) => option.value))}>
          {options}
        </select>
      );
    }
    return (
      <select id={id} value={typeof value === 'string' ? value : ''} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('popupNoValue')}</option>
        {options}
      </select>
    );
  }
  const text = typeof value === 'string' ? value : Array.isArray(value) ? value.join(', ') : '';
  if (field.kind === 'textarea' || field.kind === 'contenteditable') {
    return <textarea id={id} rows={3} value={text} onChange={(event) => onChange(event.target.value)} />;
  }
  return <input id={id} type={EDIT_TYPES.has(field.inputType) ? field.inputType : 'text'} value={text} onChange={(event) => onChange(event.target.value)} />;
}
