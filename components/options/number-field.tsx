// A labelled number input that keeps what the user typed; the settings schema judges it on save.
import { useState } from 'react';
import { FieldFrame, type FrameProps } from './field-frame';

interface NumberFieldProps extends FrameProps {
  name: string;
  // null: empty, for optional limits.
  value: number | null;
  // NaN when the text is not a number, so the schema reports it instead of it being silently dropped.
  onChange: (value: number | null) => void;
  step?: number | 'any';
  min?: number;
  max?: number;
  placeholder?: string;
}

export function NumberField({ name, value, onChange, step = 1, min, max, placeholder, ...frame }: NumberFieldProps) {
  const [text, setText] = useState(value === null || Number.isNaN(value) ? '' : String(value));
  return (
    <FieldFrame {...frame}>
      {(control) => (
        <input
          {...control}
          name={name}
          type="number"
          inputMode="decimal"
          step={step}
          min={min}
          max={max}
          placeholder={placeholder}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            const trimmed = event.target.value.trim();
            onChange(trimmed === '' ? null : Number(trimmed));
          }}
        />
      )}
    </FieldFrame>
  );
}
