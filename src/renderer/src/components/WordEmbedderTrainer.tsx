import { useId, useState, type ReactNode } from 'react';
import {
  wordTrainingAlgorithmSchema,
  wordTrainingParamsSchema,
  type DatasetPreview,
  type EmbedderInfo,
  type WordTrainingAlgorithm,
  type WordTrainingParams,
} from '../../../shared/contract';
import { getStudioClient } from '../api/studio-client';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages-en';
import type { DisplayError } from '../i18n/translate-error';
import { INITIAL_PARAMS, useTraining, type CorpusChoice, type TrainingJob } from '../state/use-training';
import { FilePickerButton } from './FilePickerButton';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';

const ALGORITHM_KEYS = {
  skipgram: 'training.algorithmSkipgram',
  cbow: 'training.algorithmCbow',
  'ppmi-svd': 'training.algorithmPpmiSvd',
} as const satisfies Record<WordTrainingAlgorithm, MessageKey>;

/** The parameters as fields, with the contract's bounds so the panel never sends what the core refuses. */
const PARAM_FIELDS = [
  ['dimension', 'training.dimension'],
  ['window', 'training.window'],
  ['epochs', 'training.epochs'],
  ['minCount', 'training.minCount'],
  ['negative', 'training.negative'],
  ['seed', 'training.seed'],
] as const satisfies readonly (readonly [keyof WordTrainingParams, MessageKey])[];

/** Props of {@link WordEmbedderTrainer}. */
export interface WordEmbedderTrainerProps {
  /** The open data set and its chosen text column, offered as a corpus. */
  readonly preview: DatasetPreview | null;
  readonly textColumn: string;
  readonly onTrained: (embedders: readonly EmbedderInfo[], embedderId: string) => void;
  readonly onError: (error: DisplayError) => void;
}

function client(): ReturnType<typeof getStudioClient> | null {
  try {
    return getStudioClient();
  } catch {
    // The app shows the connection error itself; without a client the panel just cannot train.
    return null;
  }
}

function TrainingProgressBar({ job, onCancel }: { job: TrainingJob; onCancel: () => void }): ReactNode {
  const { t } = useI18n();
  const percent = Math.round(job.fraction * 100);
  const rate = job.ratePerSecond === null ? '–' : Math.round(job.ratePerSecond).toLocaleString();
  const status = t('training.status', { percent, rate });
  const loss = job.loss === null ? '' : ` · ${t('training.loss', { loss: job.loss.toFixed(3) })}`;
  return (
    <div className="job-progress">
      <div
        className="progress-track"
        role="progressbar"
        data-testid="training-progress"
        aria-label={t('training.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={status + loss}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="muted small" aria-live="polite" data-testid="training-status">
        {status}
        {loss}
      </p>
      <button
        type="button"
        className="secondary"
        data-testid="training-cancel"
        disabled={job.cancelling || job.jobId === null}
        onClick={onCancel}
      >
        {t('training.cancel')}
      </button>
    </div>
  );
}

/**
 * The collapsible "Train word vectors" panel: a corpus (the bundled teaching corpus, the open data set's text
 * column, or a .txt file), the algorithm and its parameters, Train, and a progress bar with words/s, the loss
 * and Cancel. A finished training selects the new embedder for the next map.
 */
export function WordEmbedderTrainer(props: WordEmbedderTrainerProps): ReactNode {
  const { t } = useI18n();
  const nameId = useId();
  const [studio] = useState(client);
  const { job, trained, train, cancel } = useTraining(studio, {
    onTrained: props.onTrained,
    onError: props.onError,
  });
  const [corpus, setCorpus] = useState<CorpusChoice>('bundled');
  const [file, setFile] = useState<File | null>(null);
  const [algorithm, setAlgorithm] = useState<WordTrainingAlgorithm>('skipgram');
  const [name, setName] = useState('Classroom');
  const [params, setParams] = useState<WordTrainingParams>(INITIAL_PARAMS);
  const hasDataset = props.preview !== null && props.textColumn !== '';
  const ready =
    name.trim() !== '' && (corpus !== 'file' || file !== null) && (corpus !== 'dataset' || hasDataset);
  const corpusOptions = [
    { value: 'bundled', label: t('training.corpusBundled') },
    ...(hasDataset
      ? [{ value: 'dataset', label: t('training.corpusDataset', { column: props.textColumn }) }]
      : []),
    { value: 'file', label: t('training.corpusFile') },
  ];
  const onTrain = (): void => {
    const dataset =
      props.preview === null ? null : { datasetId: props.preview.datasetId, column: props.textColumn };
    train({ corpus, file, dataset, algorithm, name: name.trim(), params });
  };
  return (
    <details className="training-panel" data-testid="training-panel">
      <summary>{t('training.heading')}</summary>
      <SelectField
        label={t('training.corpus')}
        value={corpus}
        options={corpusOptions}
        testId="training-corpus"
        onChange={(value) => {
          if (value === 'bundled' || value === 'dataset' || value === 'file') setCorpus(value);
        }}
      />
      {corpus === 'file' && (
        <>
          <FilePickerButton
            label={t('training.chooseFile')}
            accept=".txt,text/plain"
            testId="training-file"
            onFile={setFile}
          />
          <p className="muted small">
            {file === null ? t('training.noFile') : t('training.fileChosen', { file: file.name })}
          </p>
        </>
      )}
      <SelectField
        label={t('training.algorithm')}
        value={algorithm}
        options={wordTrainingAlgorithmSchema.options.map((value) => ({
          value,
          label: t(ALGORITHM_KEYS[value]),
        }))}
        testId="training-algorithm"
        onChange={(value) => {
          const parsed = wordTrainingAlgorithmSchema.safeParse(value);
          if (parsed.success) setAlgorithm(parsed.data);
        }}
      />
      <div className="field">
        <label htmlFor={nameId}>{t('training.name')}</label>
        <input
          id={nameId}
          data-testid={nameId}
          maxLength={80}
          value={name}
          onChange={(event) => {
            setName(event.target.value);
          }}
        />
      </div>
      <div className="field-row">
        {PARAM_FIELDS.map(([key, label]) => {
          const bounds = wordTrainingParamsSchema.shape[key];
          return (
            <NumberField
              key={key}
              label={t(label)}
              value={params[key]}
              min={bounds.minValue ?? 0}
              max={bounds.maxValue ?? Number.MAX_SAFE_INTEGER}
              step={1}
              integer
              testId={`training-${key}`}
              onChange={(value) => {
                setParams((previous) => ({ ...previous, [key]: value }));
              }}
            />
          );
        })}
      </div>
      {job === null ? (
        <button
          type="button"
          data-testid="training-train"
          disabled={!ready || studio === null}
          onClick={onTrain}
        >
          {t('training.train')}
        </button>
      ) : (
        <TrainingProgressBar job={job} onCancel={cancel} />
      )}
      {trained !== null && job === null && (
        <p className="muted small" role="status" data-testid="training-done">
          {t('training.trained', { name: trained.name, vocabulary: trained.vocabulary })}
        </p>
      )}
    </details>
  );
}
