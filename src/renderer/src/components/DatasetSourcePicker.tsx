import type { ReactNode } from 'react';
import type { SampleInfo } from '../../../shared/contract';
import { useI18n } from '../i18n/i18n-context';
import { localized } from '../i18n/localized';
import { FilePickerButton } from './FilePickerButton';
import { ImportProgress } from './ImportProgress';
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
      <FilePickerButton
        label={t('source.openFile')}
        accept=".txt,.csv,.tsv,.json,.jsonl,.ndjson,.npy"
        testId="file-input"
        onFile={props.onFile}
      />
      <ImportProgress />
      {props.busy && (
        <p className="muted" aria-live="polite">
          {t('source.opening')}
        </p>
      )}
    </>
  );
}
