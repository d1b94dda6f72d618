import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { DEFAULT_SAMPLE_ROWS } from '../state/streamed-import';
import { streamedImport, useStreamedImportView } from '../state/streamed-import-store';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';

/** 1 MB as people read file sizes in this panel. */
const MB = 1024 * 1024;

/** The largest sample offered: a million rows, the most points the app draws. */
const MAX_SAMPLE_ROWS = 1_000_000;

/**
 * The streamed import of a large file: first the choice (every row, or a random sample of N rows stratified
 * by a column), then a progress bar (MB read of the total, rows and rows/s) with Cancel, then what was kept.
 */
export function ImportProgress(): ReactNode {
  const { t } = useI18n();
  const view = useStreamedImportView();
  const [size, setSize] = useState(DEFAULT_SAMPLE_ROWS);
  if (view.kind === 'idle') return null;
  if (view.kind === 'done') {
    return (
      <p className="muted" data-testid="import-summary" aria-live="polite">
        {view.sampled
          ? t('import.sampled', { kept: view.kept, read: view.read })
          : t('import.all', { read: view.read })}
      </p>
    );
  }
  if (view.kind === 'asking') {
    const none = '';
    return (
      <section
        className="import-offer"
        role="group"
        aria-label={t('import.sample')}
        data-testid="import-offer"
      >
        <p>{t('import.large', { name: view.file.name, size: (view.file.size / MB).toFixed(0) })}</p>
        <button
          type="button"
          className="secondary"
          data-testid="import-all"
          onClick={() => {
            streamedImport.choose({ kind: 'all' });
          }}
        >
          {t('import.keepAll')}
        </button>
        <NumberField
          label={t('import.sampleSize')}
          value={size}
          min={1}
          max={MAX_SAMPLE_ROWS}
          step={1000}
          integer
          testId="import-sample-size"
          onChange={setSize}
        />
        {view.columns.length > 0 && (
          <SelectField
            label={t('import.stratifyBy')}
            value={view.stratum ?? none}
            options={[
              { value: none, label: t('import.noStratum') },
              ...view.columns.map((column) => ({ value: column, label: column })),
            ]}
            onChange={(value) => {
              streamedImport.chooseStratum(value === none ? null : value);
            }}
            testId="import-stratum"
          />
        )}
        <button
          type="button"
          data-testid="import-sample"
          onClick={() => {
            streamedImport.choose({ kind: 'sample', size, stratifyBy: view.stratum });
          }}
        >
          {t('import.sample')}
        </button>
        <button
          type="button"
          className="secondary"
          data-testid="import-dismiss"
          onClick={() => {
            streamedImport.cancel();
          }}
        >
          {t('import.dismiss')}
        </button>
      </section>
    );
  }
  const { progress, file } = view;
  const seconds = Math.max(view.seconds, 1e-3);
  return (
    <section className="import-progress" data-testid="import-progress" aria-live="polite">
      <p>
        {t('import.reading', {
          name: file.name,
          read: (progress.bytesRead / MB).toFixed(0),
          total: (progress.totalBytes / MB).toFixed(0),
          rows: progress.rows,
          rate: Math.round(progress.rows / seconds),
        })}
      </p>
      <progress
        aria-label={t('import.progress')}
        max={Math.max(progress.totalBytes, 1)}
        value={progress.bytesRead}
        data-testid="import-bar"
      />
      <button
        type="button"
        className="secondary"
        data-testid="import-cancel"
        onClick={() => {
          streamedImport.cancel();
        }}
      >
        {t('import.cancel')}
      </button>
    </section>
  );
}
