import { useMemo, useState, type ReactNode } from 'react';
import type { StudioClient } from '../../shared/contract';
import { getStudioClient } from './api/studio-client';
import { AppHeader } from './components/AppHeader';
import { ErrorAlert } from './components/ErrorAlert';
import { Legend } from './components/Legend';
import { legendRows } from './components/legend-names';
import { PlotView } from './components/PlotView';
import { SelectionPanel } from './components/SelectionPanel';
import { WorkflowPanel } from './components/WorkflowPanel';
import { useI18n } from './i18n/i18n-context';
import type { DisplayError } from './i18n/translate-error';
import { assignColors, colorBytes } from './plot/palette';
import { usePlotState } from './state/use-plot-state';
import { useWorkflow } from './state/use-workflow';
import { useTheme } from './theme/use-theme';

/** The host's client, or the error that says why there is none (shown in the alert, not thrown). */
function connect(): { client: StudioClient | null; error: DisplayError | null } {
  try {
    return { client: getStudioClient(), error: null };
  } catch (cause) {
    const message = `No connection to the compute core: ${cause instanceof Error ? cause.message : String(cause)}`;
    return { client: null, error: { code: 'no-client', message } };
  }
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/** The whole window: header, workflow panel, plot, and the side panel with legend and selection. */
export function App(): ReactNode {
  const { t } = useI18n();
  const { theme, setTheme } = useTheme();
  const [{ client, error: connectError }] = useState(connect);
  const { state, actions } = useWorkflow(client);
  // While UMAP settles its intermediate layouts are shown; a cancelled or failed job falls back to the last map.
  const shown = state.job?.live ?? state.result;
  const labels = shown?.labels ?? null;
  // Keyed on the labels array, which stays the same object across the frames of one streamed job.
  const assignment = useMemo(() => (labels === null ? null : assignColors(labels)), [labels]);
  const colors = useMemo(() => (assignment === null ? null : colorBytes(assignment)), [assignment]);
  const { plot, actions: plotActions } = usePlotState(shown, assignment);
  // The connection error lives outside the workflow (there is no workflow without a client).
  const [connectErrorDismissed, setConnectErrorDismissed] = useState(false);
  const error = state.error ?? (connectErrorDismissed ? null : connectError);
  const dismissError = (): void => {
    if (state.error === null) setConnectErrorDismissed(true);
    else actions.dismissError();
  };
  const onFailure = (kind: 'webgl' | 'export', cause: unknown): void => {
    actions.reportError(
      kind === 'webgl'
        ? { code: 'webgl-unavailable', message: `WebGL is not available: ${describe(cause)}` }
        : { code: 'export-failed', message: `The PNG export failed: ${describe(cause)}` },
    );
  };
  const onSave = async (bytes: Uint8Array<ArrayBuffer>): Promise<string | null> => {
    if (client === null) return null;
    const outcome = await client.saveFile({
      suggestedName: 'embedding-map.png',
      mimeType: 'image/png',
      bytes,
    });
    return outcome.saved ? outcome.location : null;
  };
  return (
    <div className="app">
      <AppHeader theme={theme} onTheme={setTheme} />
      {error !== null && <ErrorAlert error={error} onDismiss={dismissError} />}
      <main className="app-main">
        <WorkflowPanel state={state} actions={actions} />
        <PlotView
          result={shown}
          colors={colors}
          legend={assignment === null ? [] : legendRows(assignment.entries, t)}
          host={client?.host ?? 'web'}
          busy={state.job !== null || state.opening}
          plot={plot}
          plotActions={plotActions}
          theme={theme}
          onFailure={onFailure}
          onSave={onSave}
        />
        {assignment !== null && shown !== null && (
          <aside className="side-panel">
            <Legend
              entries={assignment.entries}
              hidden={plot.hidden}
              onToggle={plotActions.toggleEntry}
              onIsolate={plotActions.isolateEntry}
              onShowAll={plotActions.showAll}
            />
            <SelectionPanel
              selection={plot.selection}
              texts={shown.texts}
              labels={shown.labels}
              onClear={plotActions.clearSelection}
            />
          </aside>
        )}
      </main>
    </div>
  );
}
