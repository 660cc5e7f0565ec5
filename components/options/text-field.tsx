// A labelled text input with help and an inline error, wired for screen readers.
import { FieldFrame, type FrameProps } from './field-frame';

interface TextFieldProps extends FrameProps {
  name: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'url' | 'password' | 'search';
  placeholder?: string;
  autoComplete?: string;
  // Id of a <datalist> with suggestions.
  list?: string;
  // Enter runs this instead of submitting the form (an "Add" field inside a larger form).
  onEnter?: () => void;
}

export function TextField({ name, value, onChange, type = 'text', placeholder, autoComplete, list, onEnter, ...frame }: TextFieldProps) {
  return (
    <FieldFrame {...frame}>
      {(control) => (
        <input
          {...control}
          name={name}
          type={type}
          value={value}
          placeholder={placeholder}
          autoComplete={autoComplete}
          list={list}
          spellCheck={false}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={(event) => {
            if (!onEnter || event.key !== 'Enter') return;
            event.preventDefault();
            onEnter();
          }}
        />
      )}
    </FieldFrame>
  );
}
