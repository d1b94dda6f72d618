import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { SelectMode } from '../plot/selection-shape';
import { SelectModeGroup } from './SelectModeGroup';

/** Props of {@link PlotToolbar}. */
export interface PlotToolbarProps {
  readonly hasData: boolean;
  readonly onReset: () => void;
  readonly selectMode: SelectMode;
  readonly onSelectMode: (mode: SelectMode) => void;
  /** Controls that only apply to 3D maps, shown when the map is 3D. */
  readonly extra: ReactNode;
  /** The export controls, at the toolbar's end. */
  readonly exportControls: ReactNode;
}

/** Reset view, drag mode, 3D settings, and the export controls. */
export function PlotToolbar(props: PlotToolbarProps): ReactNode {
  const { t } = useI18n();
  return (
    <div className="plot-toolbar">
      <button
        type="button"
        className="secondary"
        data-testid="reset-view"
        onClick={props.onReset}
        disabled={!props.hasData}
      >
        {t('plot.reset')}
      </button>
      <SelectModeGroup mode={props.selectMode} onMode={props.onSelectMode} />
      {props.extra}
      <div className="toolbar-spacer" />
      {props.exportControls}
    </div>
  );
}
