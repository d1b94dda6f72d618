import type { ReactNode } from 'react';

/** Props of {@link ProgressTrack}. */
export interface ProgressTrackProps {
  /** Done, in whole percent (0–100). */
  readonly percent: number;
  /** The accessible name: what is progressing. */
  readonly label: string;
  readonly testId: string;
  /** What a screen reader says instead of the bare percentage, when there is more to say. */
  readonly valueText?: string | undefined;
  /** Data attributes with the exact amounts the rounded percentage hides (end-to-end tests read them). */
  readonly data?: Readonly<Record<`data-${string}`, string | number>>;
}

/** The bar every long task shows (map jobs, training, downloads, analyses, loads): one look, one ARIA shape. */
export function ProgressTrack({ percent, label, testId, valueText, data }: ProgressTrackProps): ReactNode {
  return (
    <div
      {...data}
      className="progress-track"
      role="progressbar"
      data-testid={testId}
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
    >
      <div className="progress-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
