import { useId, type ReactNode } from 'react';

/** Props of {@link CheckboxField}. */
export interface CheckboxFieldProps {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly testId?: string;
  /** The id of an element that explains the option, read out with it (`aria-describedby`). */
  readonly describedBy?: string;
}

/** A checkbox with its label beside it; the label is tied to the box, so clicking either toggles it. */
export function CheckboxField(props: CheckboxFieldProps): ReactNode {
  const id = useId();
  return (
    <span className="checkbox-field">
      <input
        id={id}
        type="checkbox"
        data-testid={props.testId}
        checked={props.checked}
        aria-describedby={props.describedBy}
        onChange={(event) => {
          props.onChange(event.target.checked);
        }}
      />
      <label htmlFor={id}>{props.label}</label>
    </span>
  );
}
