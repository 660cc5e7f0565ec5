// A labelled multi-line text box (prompts, and lists written one item per line).
import { FieldFrame, type FrameProps } from './field-frame';

interface TextAreaFieldProps extends FrameProps {
  name: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  placeholder?: string;
  spellCheck?: boolean;
}

export function TextAreaField({ name, value, onChange, rows = 4, placeholder, spellCheck = false, ...frame }: TextAreaFieldProps) {
  return (
    <FieldFrame {...frame}>
      {(control) => (
        <textarea
          {...control}
          name={name}
          rows={rows}
          value={value}
          placeholder={placeholder}
          spellCheck={spellCheck}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

// One entry per non-empty line, trimmed.
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
