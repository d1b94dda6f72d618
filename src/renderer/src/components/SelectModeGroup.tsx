import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { SelectMode } from '../plot/selection-shape';

const MODES: readonly { mode: SelectMode; key: 'plot.modeMove' | 'plot.modeBox' | 'plot.modeLasso' }[] = [
  { mode: 'pan', key: 'plot.modeMove' },
  { mode: 'box', key: 'plot.modeBox' },
  { mode: 'lasso', key: 'plot.modeLasso' },
];

/** What a left drag on the plot does: move the camera, box-select or lasso-select (one pressed at a time). */
export function SelectModeGroup({
  mode,
  onMode,
}: {
  mode: SelectMode;
  onMode: (mode: SelectMode) => void;
}): ReactNode {
  const { t } = useI18n();
  return (
    <div className="button-group" role="group" aria-label={t('plot.modeGroup')}>
      {MODES.map((option) => (
        <button
          key={option.mode}
          type="button"
          className="secondary toggle"
          data-testid={`mode-${option.mode}`}
          aria-pressed={mode === option.mode}
          onClick={() => {
            onMode(option.mode);
          }}
        >
          {t(option.key)}
        </button>
      ))}
    </div>
  );
}
