import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';

/** Props of {@link PlotTooltip}. */
export interface PlotTooltipProps {
  readonly text: string;
  readonly label: string | null;
  /** The item's other columns (empty values are left out). */
  readonly columns: readonly { readonly name: string; readonly value: string }[];
  /** Pointer position in CSS pixels of the plot. */
  readonly px: number;
  readonly py: number;
  readonly plotWidth: number;
  readonly plotHeight: number;
}

/** Distance from the pointer, so the tooltip never hides the point being read. */
const OFFSET_PX = 14;

/** The hovered item's full text and label, beside the pointer and flipped to stay inside the plot. */
export function PlotTooltip(props: PlotTooltipProps): ReactNode {
  const { t } = useI18n();
  const flipX = props.px > props.plotWidth * 0.6;
  const flipY = props.py > props.plotHeight * 0.6;
  const style = {
    left: flipX ? undefined : props.px + OFFSET_PX,
    right: flipX ? props.plotWidth - props.px + OFFSET_PX : undefined,
    top: flipY ? undefined : props.py + OFFSET_PX,
    bottom: flipY ? props.plotHeight - props.py + OFFSET_PX : undefined,
  };
  return (
    <div className="plot-tooltip" role="tooltip" data-testid="tooltip" style={style}>
      <div className="tooltip-text">{props.text}</div>
      {props.label !== null && (
        <div className="tooltip-label">{t('tooltip.label', { label: props.label })}</div>
      )}
      {props.columns.some((column) => column.value !== '') && (
        <dl className="tooltip-columns" data-testid="tooltip-columns">
          {props.columns
            .filter((column) => column.value !== '')
            .map((column) => (
              <div key={column.name}>
                <dt>{column.name}</dt>
                <dd>{column.value}</dd>
              </div>
            ))}
        </dl>
      )}
    </div>
  );
}
