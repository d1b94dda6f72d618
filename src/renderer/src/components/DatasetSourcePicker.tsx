import { useId, type ReactNode } from 'react';
import type { SampleInfo } from '../../../shared/contract';
import { useI18n } from '../i18n/i18n-context';
import { localized } from '../i18n/localized';
import { SelectField } from './SelectField';

/** Props of {@link DatasetSourcePicker}. */
export interface DatasetSourcePickerProps {
  readonly samples: readonly SampleInfo[];
  /** The chosen sample, or null when a file is open (the picker then shows its placeholder). */
  readonly sampleId: string | null;
  readonly busy: boolean;
  readonly onSample: (sampleId: string) => void;
  readonly onFile: (file: File) => void;
}

/** Where the data comes from: a bundled sample or the user's own file. */
export function DatasetSourcePicker(props: DatasetSourcePickerProps): ReactNode {
  const { language, t } = useI18n();
  const fileId = useId();
  const options = props.samples.map((sample) => ({
    value: sample.id,
    label: localized(sample.title, language),
  }));
  return (
    <>
      <SelectField
        label={t('source.sample')}
        value={props.sampleId ?? ''}
        options={options}
        placeholder={t('source.samplePlaceholder')}
        onChange={props.onSample}
        testId="sample-select"
        disabled={props.samples.length === 0}
      />
      <div className="field">
        {/* The native input is only visually hidden (still focusable and labelled): its own button text
            would follow the browser's language, not the app's. */}
        <input
          id={fileId}
          className="visually-hidden"
          type="file"
          accept=".txt,.csv,.tsv"
          data-testid="file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) fires a new change.
            event.target.value = '';
            if (file !== undefined) props.onFile(file);
          }}
        />
        <label htmlFor={fileId} className="file-button">
          {t('source.openFile')}
        </label>
      </div>
      {props.busy && (
        <p className="muted" aria-live="polite">
          {t('source.opening')}
        </p>
      )}
    </>
  );
}
