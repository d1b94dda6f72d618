import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import {
  DATA_EXPORT_FORMATS,
  type DataExportFormat,
  type DataExportStatus,
} from '../data-export/use-data-export';
import { SelectField } from './SelectField';

/** Props of {@link DataExport}. */
export interface DataExportProps {
  /** False while no finished map is on screen (a streamed layout has no embeddings to export yet). */
  readonly available: boolean;
  /** Indices of the selected items, ascending. */
  readonly selection: readonly number[];
  readonly exporting: boolean;
  readonly status: DataExportStatus | null;
  readonly onExport: (format: DataExportFormat, indices: readonly number[] | null) => void;
}

function isFormat(value: string): value is DataExportFormat {
  return (DATA_EXPORT_FORMATS as readonly string[]).includes(value);
}

/** The data export: a format, then all items or only the selection; a status line says where it went. */
export function DataExport(props: DataExportProps): ReactNode {
  const { t } = useI18n();
  const [format, setFormat] = useState<DataExportFormat>('csv');
  const disabled = !props.available || props.exporting;
  const hint = props.available ? undefined : t('dataExport.unavailable');
  const { status } = props;
  return (
    <section className="data-export" aria-label={t('dataExport.heading')} data-testid="data-export">
      <h2>{t('dataExport.heading')}</h2>
      <SelectField
        label={t('dataExport.format')}
        value={format}
        options={DATA_EXPORT_FORMATS.map((value) => ({ value, label: t(`dataExport.format.${value}`) }))}
        onChange={(value) => {
          if (isFormat(value)) setFormat(value);
        }}
        testId="data-export-format"
      />
      <div className="button-row">
        <button
          type="button"
          className="secondary small-button"
          data-testid="data-export-all"
          disabled={disabled}
          title={hint}
          onClick={() => {
            props.onExport(format, null);
          }}
        >
          {props.exporting ? t('dataExport.exporting') : t('dataExport.all')}
        </button>
        <button
          type="button"
          className="secondary small-button"
          data-testid="data-export-selection"
          disabled={disabled || props.selection.length === 0}
          title={hint}
          onClick={() => {
            props.onExport(format, props.selection);
          }}
        >
          {t('dataExport.selection', { count: props.selection.length })}
        </button>
      </div>
      <p className="muted small" role="status" data-testid="data-export-status">
        {status !== null && t('dataExport.saved', { count: status.items, location: status.location })}
        {status !== null && status.guardedCells > 0 && (
          <> {t('dataExport.guarded', { count: status.guardedCells })}</>
        )}
      </p>
    </section>
  );
}
