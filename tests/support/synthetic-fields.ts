// Owns made-up form fields of every kind, for unit tests and the form-fill cost bench.
import type { FormField } from '../../lib/forms/form-field';

type Shape = Pick<FormField, 'kind' | 'inputType' | 'label'> & Partial<FormField>;

// A job-application form's worth of field shapes; longer forms repeat them.
const SHAPES: readonly Shape[] = [
  { kind: 'text', inputType: 'text', label: 'Full name', required: true, maxLength: 80, autocomplete: 'name' },
  { kind: 'text', inputType: 'email', label: 'Email', required: true, autocomplete: 'email' },
  { kind: 'text', inputType: 'tel', label: 'Phone', autocomplete: 'tel' },
  { kind: 'text', inputType: 'url', label: 'Portfolio URL' },
  { kind: 'text', inputType: 'number', label: 'Years of experience', min: '0', max: '50' },
  {
    kind: 'select',
    inputType: '',
    label: 'Country',
    options: [
      { value: '', label: 'Choose…' },
      { value: 'de', label: 'Germany' },
      { value: 'fr', label: 'France' },
      { value: 'cn', label: 'China' },
    ],
  },
  {
    kind: 'radio',
    inputType: '',
    label: 'Work mode',
    options: [
      { value: 'remote', label: 'Remote' },
      { value: 'hybrid', label: 'Hybrid' },
      { value: 'office', label: 'Office' },
    ],
  },
  { kind: 'checkbox', inputType: 'checkbox', label: 'I agree to be contacted', value: false },
  { kind: 'text', inputType: 'date', label: 'Available from', min: '2024-01-01' },
  { kind: 'textarea', inputType: '', label: 'Cover letter', maxLength: 2000 },
];

export function makeField(shape: Shape, index = 0, frameId = 0): FormField {
  const name = shape.name ?? shape.label.toLowerCase().replace(/[^a-z0-9]+/g, '_');
  return {
    index,
    group: 0,
    required: false,
    multiple: false,
    options: [],
    open: false,
    autocomplete: '',
    value: shape.kind === 'checkbox' ? false : shape.multiple ? [] : '',
    ...shape,
    name,
    id: `${frameId}:${index}:${name}`,
    frameId,
    groupId: `${frameId}:0`,
    groupLabel: shape.groupLabel ?? 'Application',
  };
}

export function syntheticFields(count: number): FormField[] {
  return Array.from({ length: count }, (_, index) => {
    const shape = SHAPES[index % SHAPES.length] as Shape;
    const round = Math.floor(index / SHAPES.length);
    return makeField(round === 0 ? shape : { ...shape, label: `${shape.label} ${round + 1}`, name: undefined }, index);
  });
}
