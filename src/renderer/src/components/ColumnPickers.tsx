import type { ReactNode } from 'react';
import type { DatasetPreview } from '../../../shared/contract';
import { useI18n } from '../i18n/i18n-context';
import { SelectField } from './SelectField';

/** Props of {@link ColumnPickers}. */
export interface ColumnPickersProps {
  readonly preview: DatasetPreview;
  readonly textColumn: string;
  readonly labelColumn: string | null;
  readonly onTextColumn: (column: string) => void;
  readonly onLabelColumn: (column: string | null) => void;
}

/** Sentinel value of the "no label column" option: column names are never empty, so it cannot clash. */
const NO_LABEL = '';

/** Which column holds the text to embed, and which (if any) holds the label to colour by. */
export function ColumnPickers(props: ColumnPickersProps): ReactNode {
  const { t } = useI18n();
  const columns = props.preview.columns.map((column) => ({ value: column, label: column }));
  const labelOptions = [
    { value: NO_LABEL, label: t('columns.noLabel') },
    ...columns.filter((option) => option.value !== props.textColumn),
  ];
  return (
    <>
      <SelectField
        label={t('columns.text')}
        value={props.textColumn}
        options={columns}
        onChange={props.onTextColumn}
        testId="text-column"
      />
      <SelectField
        label={t('columns.label')}
        value={props.labelColumn ?? NO_LABEL}
        options={labelOptions}
        onChange={(value) => {
          props.onLabelColumn(value === NO_LABEL ? null : value);
        }}
        testId="label-column"
      />
    </>
  );
}
