import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { WorkflowActions } from '../state/use-workflow';
import { duplicateTextsOffer } from '../state/duplicate-texts-offer';
import { canRun, type WorkflowState } from '../state/workflow-state';
import { ColumnPickers } from './ColumnPickers';
import { DatasetPreviewTable } from './DatasetPreviewTable';
import { DatasetSourcePicker } from './DatasetSourcePicker';
import { DuplicateTextsNotice } from './DuplicateTextsNotice';
import { JobControls } from './JobControls';
import { MapSettings } from './MapSettings';
import { ModelManager } from './ModelManager';
import { ResultSummary } from './ResultSummary';
import { WordEmbedderTrainer } from './WordEmbedderTrainer';

/** Props of {@link WorkflowPanel}. */
export interface WorkflowPanelProps {
  readonly state: WorkflowState;
  readonly actions: WorkflowActions;
  /** Saving and opening project files, placed under the data source. */
  readonly projectControls?: ReactNode;
  /** The recently opened files and samples, under the project controls. */
  readonly recentFiles?: ReactNode;
}

/** The left-hand panel: data, columns, settings and the run button, top to bottom in the order of use. */
export function WorkflowPanel({
  state,
  actions,
  projectControls,
  recentFiles,
}: WorkflowPanelProps): ReactNode {
  const { t } = useI18n();
  const duplicates = duplicateTextsOffer(state.preview, state.textColumn);
  return (
    <aside className="workflow-panel" aria-label={t('workflow.heading')}>
      <h2>{t('workflow.heading')}</h2>
      <DatasetSourcePicker
        samples={state.samples}
        sampleId={state.sampleId}
        busy={state.opening}
        onSample={actions.chooseSample}
        onFile={actions.openFile}
      />
      {projectControls}
      {recentFiles}
      {state.preview !== null && (
        <>
          <DatasetPreviewTable preview={state.preview} />
          {duplicates !== null && (
            <DuplicateTextsNotice count={duplicates} busy={state.opening} onMerge={actions.mergeDuplicates} />
          )}
          <ColumnPickers
            preview={state.preview}
            textColumn={state.textColumn}
            labelColumn={state.labelColumn}
            onTextColumn={actions.chooseTextColumn}
            onLabelColumn={actions.chooseLabelColumn}
          />
        </>
      )}
      <MapSettings
        embedders={state.embedders}
        embedderId={state.embedderId}
        onEmbedder={actions.chooseEmbedder}
        loadingVectors={state.loadingVectors}
        onVectorsFile={actions.loadWordVectors}
        method={state.method}
        onMethod={actions.chooseMethod}
        umap={state.umap}
        onUmap={actions.changeUmap}
        tsne={state.tsne}
        onTsne={actions.changeTsne}
        dims={state.dims}
        onDims={actions.chooseDims}
        contextual={state.contextual}
        onContextual={actions.changeContextual}
      />
      <ModelManager
        embedderId={state.embedderId}
        onEmbedders={actions.showEmbedders}
        onError={actions.reportError}
      />
      <WordEmbedderTrainer
        preview={state.preview}
        textColumn={state.textColumn}
        onTrained={actions.showEmbedders}
        onError={actions.reportError}
      />
      <JobControls job={state.job} canRun={canRun(state)} onRun={actions.run} onCancel={actions.cancel} />
      {state.result !== null && <ResultSummary result={state.result} />}
    </aside>
  );
}
