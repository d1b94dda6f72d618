import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { EXPORT_SCALES, type ExportScale } from '../plot/export-png';
import type { SelectMode } from '../plot/selection-shape';
import { SelectField } from './SelectField';
import { SelectModeGroup } from './SelectModeGroup';

/** Props of {@link PlotToolbar}. */
export interface PlotToolbarProps {
  readonly host: 'desktop' | 'web';
  readonly hasData: boolean;
  readonly onReset: () => void;
  readonly selectMode: SelectMode;
  readonly onSelectMode: (mode: SelectMode) => void;
  /** Controls that only apply to 3D maps, shown when the map is 3D. */
  readonly extra: ReactNode;
  /** Exports at `scale`; resolves with where the file went (null when the user cancelled). */
  readonly onExport: (scale: ExportScale) => Promise<string | null>;
}

function isExportScale(value: number): value is ExportScale {
  return (EXPORT_SCALES as readonly number[]).includes(value);
}

/** Reset view, drag mode, 3D settings, and PNG export with a scale choice. */
export function PlotToolbar(props: PlotToolbarProps): ReactNode {
  const { t } = useI18n();
  const [scale, setScale] = useState<ExportScale>(2);
  const [exporting, setExporting] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const exportNow = (): void => {
    setExporting(true);
    setSavedAt(null);
    void props
      .onExport(scale)
      .then(setSavedAt)
      .finally(() => {
        setExporting(false);
      });
  };
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
      <SelectField
        label={t('plot.exportScale')}
        value={String(scale)}
        options={EXPORT_SCALES.map((value) => ({
          value: String(value),
          label: t('plot.scaleOption', { scale: value }),
        }))}
        onChange={(value) => {
          const parsed = Number(value);
          if (isExportScale(parsed)) setScale(parsed);
        }}
        testId="export-scale"
      />
      <button
        type="button"
        data-testid="export-png"
        onClick={exportNow}
        disabled={!props.hasData || exporting}
      >
        {exporting
          ? t('plot.exporting')
          : t(props.host === 'desktop' ? 'plot.exportDesktop' : 'plot.exportWeb')}
      </button>
      <span className="muted small" role="status">
        {savedAt !== null && t('plot.saved', { location: savedAt })}
      </span>
    </div>
  );
}
