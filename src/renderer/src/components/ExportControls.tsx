import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { EXPORT_SCALES } from '../plot/export-png';
import { MAX_EXPORT_WIDTH_PX, MIN_EXPORT_WIDTH_PX, type ExportOptions } from '../plot/export-options';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';
import { CheckboxField } from './CheckboxField';

/** The export formats: a raster image, and the 2D view as vector SVG or PDF (the PDF is printed from the SVG). */
export type ExportFormat = 'png' | 'svg' | 'pdf';

/** Props of {@link ExportControls}. */
export interface ExportControlsProps {
  readonly host: 'desktop' | 'web';
  readonly hasData: boolean;
  /** SVG and PDF are offered for 2D maps only. */
  readonly can2d: boolean;
  /** The plot's CSS width: a screen scale becomes a pixel width with it. */
  readonly plotWidth: number;
  /** Exports; resolves with where the file went (null when the user cancelled). */
  readonly onExport: (format: ExportFormat, options: ExportOptions) => Promise<string | null>;
}

/** A print-ready width (px) offered by default for a custom size: about A4 at 340 dpi. */
const DEFAULT_CUSTOM_WIDTH_PX = 4000;

/** PNG, SVG and PDF export: a screen scale or a chosen pixel width, a transparent background, an optional title. */
export function ExportControls(props: ExportControlsProps): ReactNode {
  const { t } = useI18n();
  const titleId = useId();
  const [scale, setScale] = useState('2');
  const [width, setWidth] = useState(DEFAULT_CUSTOM_WIDTH_PX);
  const [transparent, setTransparent] = useState(false);
  const [title, setTitle] = useState('');
  const [exporting, setExporting] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const widthPx = scale === 'custom' ? width : Math.round(props.plotWidth * Number(scale));
  const exportNow = (format: ExportFormat): void => {
    setExporting(true);
    setSavedAt(null);
    void props
      .onExport(format, { widthPx, transparent, title })
      .then(setSavedAt)
      .finally(() => {
        setExporting(false);
      });
  };
  const web = props.host === 'web';
  return (
    <div className="export-controls" role="group" aria-label={t('export.heading')}>
      <SelectField
        label={t('plot.exportScale')}
        value={scale}
        options={[
          ...EXPORT_SCALES.map((value) => ({
            value: String(value),
            label: t('plot.scaleOption', { scale: value }),
          })),
          { value: 'custom', label: t('export.width') },
        ]}
        onChange={setScale}
        testId="export-scale"
      />
      {scale === 'custom' && (
        <NumberField
          label={t('export.width')}
          value={width}
          min={MIN_EXPORT_WIDTH_PX}
          max={MAX_EXPORT_WIDTH_PX}
          step={100}
          integer
          testId="export-width"
          onChange={setWidth}
        />
      )}
      <div className="field">
        <label htmlFor={titleId}>{t('export.title')}</label>
        <input
          id={titleId}
          type="text"
          data-testid="export-title"
          value={title}
          onChange={(event) => {
            setTitle(event.target.value);
          }}
        />
      </div>
      <CheckboxField
        label={t('export.transparent')}
        checked={transparent}
        testId="export-transparent"
        onChange={setTransparent}
      />
      <button
        type="button"
        data-testid="export-png"
        onClick={() => {
          exportNow('png');
        }}
        disabled={!props.hasData || exporting}
      >
        {exporting ? t('plot.exporting') : t(web ? 'plot.exportWeb' : 'plot.exportDesktop')}
      </button>
      <button
        type="button"
        className="secondary"
        data-testid="export-svg"
        title={props.can2d ? undefined : t('export.svgOnly2d')}
        onClick={() => {
          exportNow('svg');
        }}
        disabled={!props.hasData || !props.can2d || exporting}
      >
        {t(web ? 'export.svgWeb' : 'export.svgDesktop')}
      </button>
      <button
        type="button"
        className="secondary"
        data-testid="export-pdf"
        title={props.can2d ? undefined : t('export.pdfOnly2d')}
        onClick={() => {
          exportNow('pdf');
        }}
        disabled={!props.hasData || !props.can2d || exporting}
      >
        {t(web ? 'export.pdfWeb' : 'export.pdfDesktop')}
      </button>
      <span className="muted small" role="status">
        {savedAt !== null && t('plot.saved', { location: savedAt })}
      </span>
    </div>
  );
}
