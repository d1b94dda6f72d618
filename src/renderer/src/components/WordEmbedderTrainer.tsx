import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import {
  wordTrainingAlgorithmSchema,
  wordTrainingParamsSchema,
  type DatasetPreview,
  type EmbedderInfo,
  type WordTrainingAlgorithm,
  type WordTrainingParams,
} from '../../../shared/contract';
import { studioClientOrNull } from '../api/studio-client';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages-en';
import type { DisplayError } from '../i18n/translate-error';
import { INITIAL_PARAMS, useTraining, type CorpusChoice, type TrainingJob } from '../state/use-training';
import { FilePickerButton } from './FilePickerButton';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';
import { ProgressTrack } from './ProgressTrack';

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

/** 60 s: below a minute the time left is shown in seconds only. */
const MINUTE_S = 60;

/** The status line: reading with its percent, then percent · words/s · time left · loss, in the UI's locale. */
function useStatusText(job: TrainingJob): string {
  const { language, t } = useI18n();
  const locale = language === 'ru' ? 'ru-RU' : 'en-US';
  const percent = Math.round(job.fraction * 100);
  if (job.stage === 'prepare') return t('training.reading', { percent });
  const rate = job.ratePerSecond === null ? '–' : Math.round(job.ratePerSecond).toLocaleString(locale);
  const parts = [t('training.status', { percent, rate })];
  if (job.etaMs !== null) {
    const seconds = Math.max(0, Math.ceil(job.etaMs / 1000));
    const time =
      seconds < MINUTE_S
        ? t('training.seconds', { seconds })
        : t('training.minutes', { minutes: Math.floor(seconds / MINUTE_S), seconds: seconds % MINUTE_S });
    parts.push(t('training.timeLeft', { time }));
  }
  if (job.loss !== null) {
    const loss = job.loss.toLocaleString(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
    parts.push(t('training.loss', { loss }));
  }
  return parts.join(' · ');
}

function TrainingProgressBar({
  job,
  onCancel,
  cancelRef,
}: {
  job: TrainingJob;
  onCancel: () => void;
  cancelRef: RefObject<HTMLButtonElement | null>;
}): ReactNode {
  const { t } = useI18n();
  const percent = Math.round(job.fraction * 100);
  const status = useStatusText(job);
  return (
    <div className="job-progress">
      <ProgressTrack
        percent={percent}
        label={t('training.progressLabel')}
        testId="training-progress"
        valueText={status}
        data={{ 'data-fraction': job.fraction }}
      />
      {/* Not a live region: the progress bar's value text carries it, and a line that changes several times
          a second would keep interrupting a screen reader. The end is announced by the role=status line. */}
      <p className="muted small" data-testid="training-status">
        {status}
      </p>
      <button
        type="button"
        ref={cancelRef}
        className="secondary"
        data-testid="training-cancel"
        disabled={job.cancelling}
        onClick={onCancel}
      >
        {t('training.cancel')}
      </button>
    </div>
  );
}

/**
 * Train and Cancel replace each other when a job starts and ends; the pressed button disappears and the
 * browser drops focus to the page. This puts it on the counterpart, so keyboard users stay in the panel
 * (only when focus was really lost: someone typing elsewhere keeps their place).
 */
function useFocusHandover(running: boolean): {
  trainRef: RefObject<HTMLButtonElement | null>;
  cancelRef: RefObject<HTMLButtonElement | null>;
} {
  const trainRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const wasRunning = useRef(running);
  useEffect(() => {
    if (wasRunning.current === running) return;
    wasRunning.current = running;
    const active = document.activeElement;
    if (active === null || active === document.body) (running ? cancelRef : trainRef).current?.focus();
  }, [running]);
  return { trainRef, cancelRef };
}

/**
 * The collapsible "Train word vectors" panel: a corpus (the bundled teaching corpus, the open data set's text
 * column, or a .txt file), the algorithm and its parameters, Train, and a progress bar with words/s, the loss
 * and Cancel. A finished training selects the new embedder for the next map.
 */
export function WordEmbedderTrainer(props: WordEmbedderTrainerProps): ReactNode {
  const { t } = useI18n();
  const nameId = useId();
  const [studio] = useState(studioClientOrNull);
  const { job, ending, train, cancel } = useTraining(studio, {
    onTrained: props.onTrained,
    onError: props.onError,
  });
  const [corpus, setCorpus] = useState<CorpusChoice>('bundled');
  const [file, setFile] = useState<File | null>(null);
  const [algorithm, setAlgorithm] = useState<WordTrainingAlgorithm>('skipgram');
  // Null until the user types: the default name follows the UI language.
  const [typedName, setName] = useState<string | null>(null);
  const name = typedName ?? t('training.defaultName');
  const [params, setParams] = useState<WordTrainingParams>(INITIAL_PARAMS);
  const { trainRef, cancelRef } = useFocusHandover(job !== null);
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
      <p className="muted small">{t('training.hint')}</p>
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
          type="text"
          data-testid="training-name"
          maxLength={80}
          value={name}
          onChange={(event) => {
            setName(event.target.value);
          }}
        />
      </div>
      <div className="training-params">
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
          ref={trainRef}
          data-testid="training-train"
          disabled={!ready || studio === null}
          onClick={onTrain}
        >
          {t('training.train')}
        </button>
      ) : (
        <TrainingProgressBar job={job} onCancel={cancel} cancelRef={cancelRef} />
      )}
      {ending !== null && job === null && (
        <p className="muted small" role="status" data-testid="training-done">
          {ending.kind === 'trained'
            ? t('training.trained', { name: ending.name, vocabulary: ending.vocabulary })
            : t('training.cancelled')}
        </p>
      )}
    </details>
  );
}
