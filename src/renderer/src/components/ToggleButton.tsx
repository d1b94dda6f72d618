import type { ReactNode } from 'react';

/** Props of {@link ToggleButton}. */
export interface ToggleButtonProps {
  readonly label: string;
  readonly pressed: boolean;
  readonly onChange: (pressed: boolean) => void;
  readonly testId: string;
}

/** An on/off button: its name says what it does, `aria-pressed` says whether it is on. */
export function ToggleButton(props: ToggleButtonProps): ReactNode {
  return (
    <button
      type="button"
      className="secondary toggle"
      data-testid={props.testId}
      aria-pressed={props.pressed}
      onClick={() => {
        props.onChange(!props.pressed);
      }}
    >
      {props.label}
    </button>
  );
}
