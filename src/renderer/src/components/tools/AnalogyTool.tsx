import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { translateError } from '../../i18n/translate-error';
import { analogyDrawing, type EvaluationJob, type SolvedAnalogy } from '../../state/analogy-state';
import { useAnalogy } from '../../state/use-analogy';
import { FilePickerButton } from '../FilePickerButton';
import { NumberField } from '../NumberField';
import { AnalogyReportView } from './AnalogyReportView';
import type { ToolContext, ToolPresets } from './tool-context';
import { ProgressTrack } from '../ProgressTrack';
import { CheckboxField } from '../CheckboxField';

/** Ten answers: enough to find the expected one a little down the list, short enough to read. */
const DEFAULT_K = 10;
/** The contract's bound on k (MAX_NEIGHBORS). */
const MAX_K = 100;
/** Two decimals: the scores of neighbouring answers differ in the second. */
const score = (value: number): string => value.toFixed(2);

/** The evaluation's bar, count and Cancel button. */
function EvaluationProgress({
  job,
  onCancel,
}: {
  readonly job: EvaluationJob;
  readonly onCancel: () => void;
}): ReactNode {
  const { t } = useI18n();
  const percent = Math.round(job.fraction * 100);
  return (
    <div className="job-progress">
      <ProgressTrack percent={percent} label={t('analogy.progress')} testId="analogy-progress" />
      {job.total > 0 && (
        <span className="muted small">
          {t('analogy.progressCount', { done: job.done, total: job.total })}
        </span>
      )}
      <button type="button" className="secondary" disabled={job.cancelling} onClick={onCancel}>
        {t('analogy.cancel')}
      </button>
    </div>
  );
}

/** The answers (each on the map a button that centres it), the expected answer's rank and the arrows' note. */
function AnalogyAnswers({
  solved,
  missing,
  parallelogram,
  onShow,
}: {
  readonly solved: SolvedAnalogy;
  readonly missing: readonly string[];
  readonly parallelogram: boolean;
  readonly onShow: (index: number) => void;
}): ReactNode {
  const { t } = useI18n();
  const { output } = solved;
  const expected = output.expected;
  return (
    <section aria-label={t('analogy.answers')} data-testid="analogy-result">
      <p className="muted small">
        {t(output.searchedIn === 'map' ? 'analogy.searchedMap' : 'analogy.searchedVocabulary')}
      </p>
      <ol data-testid="analogy-answers" aria-label={t('analogy.answers')}>
        {output.answers.map((answer) => (
          <li
            key={answer.text}
            data-testid="analogy-answer"
            data-text={answer.text}
            data-index={answer.index ?? ''}
          >
            {answer.index === null ? (
              <span>{answer.text}</span>
            ) : (
              <button
                type="button"
                className="link-button"
                aria-label={t('analogy.show', { word: answer.text })}
                onClick={() => {
                  onShow(answer.index ?? 0);
                }}
              >
                {answer.text}
              </button>
            )}{' '}
            <span className="muted small">{t('analogy.score', { score: score(answer.score) })}</span>
          </li>
        ))}
      </ol>
      {expected !== null && (
        <p className="small" data-testid="analogy-expected">
          {expected.rank !== null
            ? t('analogy.expectedRank', {
                word: expected.text,
                rank: expected.rank,
                score: score(expected.score ?? 0),
              })
            : expected.score !== null
              ? t('analogy.expectedExcluded', { word: expected.text })
              : t('analogy.expectedUnknown', { word: expected.text })}
        </p>
      )}
      {!parallelogram && <p className="muted small">{t('analogy.notParallelogram')}</p>}
      {missing.length > 0 && (
        <p className="small" role="status" data-testid="analogy-missing">
          {t('analogy.notOnMap', { words: missing.join(', ') })}
        </p>
      )}
      {parallelogram && missing.length === 0 && <p className="muted small">{t('analogy.distortion')}</p>}
    </section>
  );
}

/**
 * The Analogy tool: solves `a − b + c` with the map's embedder (top-k by cosine, input words excluded by
 * default, the rank of an expected answer), draws the parallelogram's two parallel sides on the plot when its
 * words are on the map, and evaluates the embedder on a question file as a job with a per-section report.
 */
export function AnalogyTool({ context }: { readonly context: ToolContext }): ReactNode {
  const { t, language } = useI18n();
  const expressionId = useId();
  const expectedId = useId();
  const map = context.result;
  const [expression, setExpression] = useState('');
  const [expected, setExpected] = useState('');
  const [k, setK] = useState(DEFAULT_K);
  const [exclude, setExclude] = useState(true);
  const { state, solve, evaluate, cancel } = useAnalogy(context.client, context.reportError);
  // Context callbacks are new on every render of the workspace: effects read them here, not as dependencies.
  const contextRef = useRef(context);
  useEffect(() => {
    contextRef.current = context;
  });
  // A lesson's preset waits until a map is on screen, then is solved once.
  const pendingPreset = useRef<ToolPresets['analogy'] | null>(null);

  const solved =
    state.solved !== null && map !== null && state.solved.mapId === map.mapId ? state.solved : null;
  const offset = solved?.output.offsetCosine ?? null;
  const arrowLabel = offset === null ? '' : t('analogy.arrowLabel', { value: score(offset) });
  const drawing = useMemo(
    () => (solved === null || map === null ? null : analogyDrawing(solved.output, map.texts, arrowLabel)),
    [solved, map, arrowLabel],
  );
  useEffect(() => {
    contextRef.current.setAnnotations('analogy', drawing?.annotations ?? null);
  }, [drawing]);

  const run = (text: string, expectedText: string): void => {
    if (map === null || text.trim() === '') return;
    solve({
      embedderId: map.embedderId,
      expression: text,
      k,
      excludeInputs: exclude,
      expected: expectedText.trim() === '' ? null : expectedText.trim(),
      mapId: map.mapId,
    });
  };
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });

  const presetRevision = context.presets.revision;
  useEffect(() => {
    const preset = contextRef.current.presets.analogy;
    if (presetRevision === 0 || preset === undefined) return;
    setExpression(preset.expression);
    setExpected(preset.expected ?? '');
    pendingPreset.current = preset;
  }, [presetRevision]);
  useEffect(() => {
    const preset = pendingPreset.current;
    if (preset === null || preset === undefined || map === null) return;
    pendingPreset.current = null;
    runRef.current(preset.expression, preset.expected ?? '');
  }, [map, presetRevision]);

  if (map === null) return <p className="muted small">{t('tools.needsMap')}</p>;
  const solveError = state.solveError === null ? null : translateError(state.solveError, language);
  return (
    <div className="analogy-tool">
      <form
        aria-label={t('analogy.heading')}
        onSubmit={(event) => {
          event.preventDefault();
          run(expression, expected);
        }}
      >
        <div className="field">
          <label htmlFor={expressionId}>{t('analogy.expression')}</label>
          <input
            id={expressionId}
            type="text"
            data-testid="analogy-expression"
            placeholder={t('analogy.placeholder')}
            value={expression}
            onChange={(event) => {
              setExpression(event.target.value);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={expectedId}>{t('analogy.expected')}</label>
          <input
            id={expectedId}
            type="text"
            data-testid="analogy-expected-input"
            value={expected}
            onChange={(event) => {
              setExpected(event.target.value);
            }}
          />
        </div>
        <NumberField
          label={t('analogy.k')}
          value={k}
          min={1}
          max={MAX_K}
          step={1}
          integer
          testId="analogy-k"
          onChange={setK}
        />
        <CheckboxField
          label={t('analogy.exclude')}
          checked={exclude}
          testId="analogy-exclude"
          onChange={setExclude}
        />
        <button
          type="submit"
          data-testid="analogy-solve"
          disabled={state.solving || expression.trim() === ''}
        >
          {state.solving ? t('analogy.solving') : t('analogy.solve')}
        </button>
      </form>
      {solveError !== null && (
        <p className="error small" role="alert" data-testid="analogy-error">
          {solveError.text}
        </p>
      )}
      {solved !== null && drawing !== null && (
        <AnalogyAnswers
          solved={solved}
          missing={drawing.missing}
          parallelogram={drawing.parallelogram}
          onShow={(index) => {
            contextRef.current.controller?.centreOn(index);
            contextRef.current.select([index]);
          }}
        />
      )}
      <section aria-label={t('analogy.evaluateHeading')}>
        <h3>{t('analogy.evaluateHeading')}</h3>
        <p className="muted small">{t('analogy.evaluateHint')}</p>
        {state.job === null ? (
          <FilePickerButton
            label={t('analogy.chooseFile')}
            accept=".txt,text/plain"
            testId="analogy-questions-input"
            onFile={(file) => {
              evaluate(map.embedderId, file);
            }}
          />
        ) : (
          <EvaluationProgress job={state.job} onCancel={cancel} />
        )}
        {state.cancelled && state.job === null && <p className="muted small">{t('analogy.cancelled')}</p>}
        {state.report !== null && (
          <AnalogyReportView fileName={state.report.fileName} report={state.report.report} />
        )}
      </section>
    </div>
  );
}
