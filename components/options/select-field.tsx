// A labelled select with help, an inline error and the organisation lock.
import { FieldFrame, type FrameProps } from './field-frame';

interface SelectFieldProps<V extends string> extends FrameProps {
  name: string;
  value: V;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange: (value: V) => void;
}

export function SelectField<V extends string>({ name, value, options, onChange, ...frame }: SelectFieldProps<V>) {
  return (
    <FieldFrame {...frame}>
      {(control) => (
        <select
          {...control}
          name={name}
          value={value}
          // The options are the only values the select can produce.
          onChange={(event) => onChange(event.target.value as V)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
