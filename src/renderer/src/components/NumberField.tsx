import { useId, useState, type ReactNode } from 'react';

/** Props of {@link NumberField}. */
export interface NumberFieldProps {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly integer: boolean;
  readonly testId: string;
  readonly onChange: (value: number) => void;
}

/**
 * A labelled number input that only reports values inside [min, max] (integers when asked). While the user
 * types something out of range the field shows it as invalid and the last good value stays in effect.
 */
export function NumberField(props: NumberFieldProps): ReactNode {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const valid = (text: string): boolean => {
    const value = Number(text);
    return (
      text.trim() !== '' &&
      Number.isFinite(value) &&
      value >= props.min &&
      value <= props.max &&
      (!props.integer || Number.isInteger(value))
    );
  };
  const shown = draft ?? String(props.value);
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        data-testid={props.testId}
        min={props.min}
        max={props.max}
        step={props.step}
        value={shown}
        aria-invalid={!valid(shown)}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          if (valid(text)) props.onChange(Number(text));
        }}
        onBlur={() => {
          setDraft(null);
        }}
      />
    </div>
  );
}
