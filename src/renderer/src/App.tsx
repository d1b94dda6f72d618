import { useState, type ReactNode } from 'react';
import type { StudioClient } from '../../shared/contract';
import { getStudioClient } from './api/studio-client';
import { AppHeader } from './components/AppHeader';
import { DropZone } from './components/DropZone';
import { ErrorAlert } from './components/ErrorAlert';
import { PlotWorkspace } from './components/PlotWorkspace';
import { ProjectControls } from './components/ProjectControls';
import { WorkflowPanel } from './components/WorkflowPanel';
import type { DisplayError } from './i18n/translate-error';
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

/** The whole window: header, workflow panel, plot, and the side panel with legend and selection. */
export function App(): ReactNode {
  const { theme, setTheme } = useTheme();
  const [{ client, error: connectError }] = useState(connect);
  const { state, actions } = useWorkflow(client);
  // While UMAP settles its intermediate layouts are shown; a cancelled or failed job falls back to the last map.
  const shown = state.job?.live ?? state.result;
  // The connection error lives outside the workflow (there is no workflow without a client).
  const [connectErrorDismissed, setConnectErrorDismissed] = useState(false);
  const error = state.error ?? (connectErrorDismissed ? null : connectError);
  const dismissError = (): void => {
    if (state.error === null) setConnectErrorDismissed(true);
    else actions.dismissError();
  };
  return (
    <div className="app">
      <AppHeader theme={theme} onTheme={setTheme} />
      {error !== null && (
        <ErrorAlert error={error} onDismiss={dismissError} onMapSample={actions.mapSample} />
      )}
      <main className="app-main">
        <WorkflowPanel
          state={state}
          actions={actions}
          projectControls={
            <ProjectControls
              client={client}
              result={state.result}
              textColumn={state.textColumn}
              labelColumn={state.labelColumn}
              busy={state.job !== null || state.opening}
              onOpen={actions.openProject}
              onError={actions.reportError}
            />
          }
        />
        <PlotWorkspace
          client={client}
          shown={shown}
          result={state.result}
          busy={state.job !== null || state.opening}
          theme={theme}
          reportError={actions.reportError}
        />
      </main>
      <DropZone onData={actions.openFile} onProject={actions.openProject} onError={actions.reportError} />
    </div>
  );
}
