import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { barStops, formatBarValue, type ColorBarSpec } from '../plot/color-bar';

/** The numeric colouring's key: the ramp from the column's minimum to its maximum. */
export function ColorBar(props: { readonly bar: ColorBarSpec }): ReactNode {
  const { t } = useI18n();
  const { bar } = props;
  const min = formatBarValue(bar.min);
  const max = formatBarValue(bar.max);
  const stops = barStops();
  return (
    <figure
      className="color-bar"
      data-testid="color-bar"
      data-min={bar.min}
      data-max={bar.max}
      aria-label={t('color.bar', { name: bar.name, min, max })}
      role="img"
    >
      <div
        className="color-bar-ramp"
        style={{ background: `linear-gradient(to right, ${stops.join(', ')})` }}
        data-low={stops[0]}
        data-high={stops[stops.length - 1]}
      />
      <figcaption className="color-bar-ends small">
        <span>{t('color.min', { value: min })}</span>
        <span>{t('color.max', { value: max })}</span>
      </figcaption>
    </figure>
  );
}
