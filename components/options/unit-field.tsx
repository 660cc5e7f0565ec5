// A labelled amount with its unit (2 + hours), stored as ms or bytes; the settings schema judges it on save.
import { useState } from 'react';
import { t } from '../../lib/i18n/t';
import { FieldFrame, type FrameProps } from './field-frame';
import { bestUnit, toStored, unitName, type Unit } from './units';

interface UnitFieldProps extends FrameProps {
  name: string;
  // In stored units (ms or bytes).
  value: number;
  // NaN when the text is not a number, so the schema reports it instead of it being silently dropped.
  onChange: (value: number) => void;
  units: readonly Unit[];
}

export function UnitField({ name, value, onChange, units, ...frame }: UnitFieldProps) {
  const [unit, setUnit] = useState(() => bestUnit(value, units));
  const [text, setText] = useState(Number.isFinite(value) ? String(value / unit.size) : '');
  const emit = (nextText: string, nextUnit: Unit) => {
    const trimmed = nextText.trim();
    onChange(trimmed === '' ? Number.NaN : toStored(Number(trimmed), nextUnit));
  };
  return (
    <FieldFrame {...frame}>
      {(control) => (
        <div className="unit-input">
          <input
            {...control}
            name={name}
            type="number"
            inputMode="decimal"
            step="any"
            min={0}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              emit(event.target.value, unit);
            }}
          />
          <select
            name={`${name}-unit`}
            aria-label={t('opt_unitOf', frame.label)}
            disabled={control.disabled}
            value={unit.id}
            onChange={(event) => {
              const next = units.find((candidate) => candidate.id === event.target.value) ?? unit;
              setUnit(next);
              emit(text, next);
            }}
          >
            {units.map((option) => (
              <option key={option.id} value={option.id}>
                {unitName(option)}
              </option>
            ))}
          </select>
        </div>
      )}
    </FieldFrame>
  );
}
