import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { MAX_LABEL_FONT_PX, MIN_LABEL_FONT_PX } from '../plot/label-layer';
import type { ColorBy, Coloring, ColoringChoice } from '../state/use-coloring';
import { ColorBar } from './ColorBar';
import { SelectField } from './SelectField';

/** Props of {@link ColorControls}. */
export interface ColorControlsProps {
  readonly coloring: Coloring;
  readonly onChoose: (choice: Partial<ColoringChoice>) => void;
  readonly labelFontPx: number;
  readonly onLabelFontPx: (px: number) => void;
}

function valueOf(colorBy: ColorBy): string {
  return colorBy.kind === 'column' ? `column:${colorBy.name}` : colorBy.kind;
}

function colorByOf(value: string): ColorBy {
  if (value.startsWith('column:')) return { kind: 'column', name: value.slice('column:'.length) };
  return value === 'uniform' ? { kind: 'uniform' } : { kind: 'label' };
}

/** Colour by the label, another column or one colour; size by a numeric column; the label font size. */
export function ColorControls(props: ColorControlsProps): ReactNode {
  const { t } = useI18n();
  const fontId = useId();
  const { coloring } = props;
  const columns = [...coloring.categories, ...coloring.numeric];
  return (
    <section className="color-controls" aria-label={t('color.heading')}>
      <h2>{t('color.heading')}</h2>
      <SelectField
        label={t('color.by')}
        value={valueOf(coloring.colorBy)}
        options={[
          { value: 'label', label: t('color.byLabel') },
          ...columns.map((name) => ({ value: `column:${name}`, label: t('color.byColumn', { name }) })),
          { value: 'uniform', label: t('color.uniform') },
        ]}
        onChange={(value) => {
          props.onChoose({ colorBy: colorByOf(value) });
        }}
        testId="color-by"
      />
      {coloring.bar !== null && <ColorBar bar={coloring.bar} />}
      {coloring.numeric.length > 0 && (
        <SelectField
          label={t('color.sizeBy')}
          value={coloring.sizeBy ?? ''}
          options={[
            { value: '', label: t('color.sizeNone') },
            ...coloring.numeric.map((name) => ({ value: name, label: t('color.byColumn', { name }) })),
          ]}
          onChange={(value) => {
            props.onChoose({ sizeBy: value === '' ? null : value });
          }}
          testId="size-by"
        />
      )}
      <div className="field">
        <label htmlFor={fontId}>{t('labels.fontSize')}</label>
        <input
          id={fontId}
          type="range"
          data-testid="label-font-size"
          min={MIN_LABEL_FONT_PX}
          max={MAX_LABEL_FONT_PX}
          step={1}
          value={props.labelFontPx}
          aria-valuetext={`${props.labelFontPx} px`}
          onChange={(event) => {
            props.onLabelFontPx(Number(event.target.value));
          }}
        />
      </div>
    </section>
  );
}
