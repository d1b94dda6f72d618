import { useState, type ReactNode } from 'react';
import type { StudioClient } from '../../shared/contract';
import { getStudioClient } from './api/studio-client';
import { AppHeader } from './components/AppHeader';
import { CoreRestoredNotice } from './components/CoreRestoredNotice';
import { DropZone } from './components/DropZone';
import { ErrorAlert } from './components/ErrorAlert';
import { LessonCard } from './components/lessons/LessonCard';
import { LessonPicker } from './components/lessons/LessonPicker';
import { PlotWorkspace } from './components/PlotWorkspace';
import { ProjectControls } from './components/ProjectControls';
import { RecentFiles } from './components/RecentFiles';
import { RecoveryPrompt } from './components/RecoveryPrompt';
import { WorkflowPanel } from './components/WorkflowPanel';
import type { DisplayError } from './i18n/translate-error';
import { labelScaleOf } from './lessons/projector-labels';
import { useLessonMode } from './lessons/use-lesson-mode';
import { useProjectSession } from './state/autosave-session';
import { useRecentFilesTracking } from './state/recent-files-tracking';
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
  const { state, actions: workflowActions } = useWorkflow(client);
  // Every open (picker, drop, sample, lesson) is remembered in the recent-files list.
  const recentFiles = useRecentFilesTracking(workflowActions, state.samples, client?.documents ?? null);
  const { actions } = recentFiles;
  // Autosave, recovery of a crashed session, and the view that project files carry.
  const session = useProjectSession(client, state, actions);
  // Lesson mode drives the same workflow: its steps open data and make maps as the user would.
  const lessons = useLessonMode(client, { state, actions });
  const onLesson =
    lessons.mode.kind === 'running' && lessons.lesson !== null
      ? { lesson: lessons.lesson, stepIndex: lessons.mode.step }
      : null;
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
    <div className={onLesson !== null && lessons.projector ? 'app projector' : 'app'}>
      <AppHeader
        theme={theme}
        onTheme={setTheme}
        lessonsActive={lessons.mode.kind !== 'off'}
        onLessons={() => {
          lessons.navigate({ type: 'open-picker' });
        }}
      />
      {error !== null && (
        <ErrorAlert error={error} onDismiss={dismissError} onMapSample={actions.mapSample} />
      )}
      {state.notice === 'core-restored' && <CoreRestoredNotice onDismiss={actions.dismissNotice} />}
      <RecoveryPrompt recovery={session.recovery} />
      <main className="app-main">
        {onLesson !== null ? (
          <LessonCard
            lesson={onLesson.lesson}
            stepIndex={onLesson.stepIndex}
            run={lessons.run}
            projector={lessons.projector}
            onProjector={lessons.setProjector}
            navigate={lessons.navigate}
          />
        ) : (
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
                readLook={session.readLook}
                onOpen={actions.openProject}
                onError={actions.reportError}
              />
            }
            recentFiles={
              <RecentFiles
                recent={recentFiles.recent}
                actions={actions}
                busy={state.job !== null || state.opening}
                onReopen={recentFiles.reopen}
              />
            }
          />
        )}
        <PlotWorkspace
          client={client}
          shown={shown}
          result={state.result}
          request={state.resultRequest}
          busy={state.job !== null || state.opening}
          theme={theme}
          reportError={actions.reportError}
          viewLink={session.viewLink}
          presets={lessons.presets}
          toolTab={lessons.toolTab}
          labelScale={labelScaleOf(onLesson !== null, lessons.projector)}
        />
      </main>
      {lessons.mode.kind === 'picking' && (
        <LessonPicker
          catalogue={lessons.catalogue}
          onStart={(lessonId, stepCount) => {
            lessons.navigate({ type: 'start', lessonId, stepCount });
          }}
          onClose={() => {
            lessons.navigate({ type: 'close-picker' });
          }}
        />
      )}
      <DropZone onData={actions.openFile} onProject={actions.openProject} onError={actions.reportError} />
    </div>
  );
}
