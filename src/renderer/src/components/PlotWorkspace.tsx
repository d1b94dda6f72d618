import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { MapRequest, MapResult, StudioClient } from '../../../shared/contract';
import { useI18n } from '../i18n/i18n-context';
import type { DisplayError } from '../i18n/translate-error';
import type { LegendContent } from '../plot/color-bar';
import type { ItemColumn } from '../plot/column-values';
import { mergeAnnotations, type PlotAnnotations } from '../plot/plot-annotations';
import { DEFAULT_LABEL_FONT_PX } from '../plot/label-layer';
import type { NeighborLinks } from '../plot/neighbor-lines';
import type { PlotController } from '../plot/plot-controller';
import { scaledLabelFontPx } from '../lessons/projector-labels';
import type { LayoutView } from '../state/layout-view';
import { selectedIndices } from '../state/selection-state';
import { useColoring, type Coloring } from '../state/use-coloring';
import { useNeighbors, type NeighborsState } from '../state/use-neighbors';
import { usePlotState } from '../state/use-plot-state';
import type { Theme } from '../theme/theme';
import { useDataExport } from '../data-export/use-data-export';
import { useProjectViewSync, type WorkspaceViewLink } from '../state/project-view-sync';
import { useBookmarksStore } from '../state/bookmarks-store';
import { BookmarksPanel } from './BookmarksPanel';
import { ColorControls } from './ColorControls';
import { DataExport } from './DataExport';
import { pdfFromSvg } from '../api/pdf-from-svg';
import type { ExportFormat } from './ExportControls';
import { Legend } from './Legend';
import { legendRows } from './legend-names';
import { NeighborsPanel } from './NeighborsPanel';
import { PlaceItemsPanel } from './PlaceItemsPanel';
import { PlotView } from './PlotView';
import { QualityPanel } from './QualityPanel';
import { SelectionPanel } from './SelectionPanel';
import { CompanionPlot } from './tools/CompanionPlot';
import type { CompanionView, ToolContext, ToolId, ToolPresets } from './tools/tool-context';
import { ToolsPanel, type ToolTab } from './tools/ToolsPanel';

/** Props of {@link PlotWorkspace}. */
export interface PlotWorkspaceProps {
  readonly client: StudioClient | null;
  /** The map to draw: the finished result, or the latest layout of a running job. */
  readonly shown: LayoutView | null;
  /** The finished map (its id names it for neighbour look-ups; its other columns colour and annotate). */
  readonly result: MapResult | null;
  /** The request that made `result`, when known (the Compare tool remakes the map another way). */
  readonly request?: MapRequest | null;
  readonly busy: boolean;
  readonly theme: Theme;
  readonly reportError: (error: DisplayError) => void;
  /** What a lesson asks the analysis tools to show. */
  readonly presets?: ToolPresets;
  /** Shares the view with the shell: read for project saves and autosave, restored when a project opens. */
  readonly viewLink?: WorkspaceViewLink;
  /** The side panel's tab, when a lesson sets it. */
  readonly toolTab?: ToolTab;
  /** Draws the labels this many times the chosen size (projector mode in a lesson); 1 when absent. */
  readonly labelScale?: number;
}

const NO_COLUMNS: MapResult['columns'] = [];

/** One value per tool, replaced by that tool alone. */
type PerTool<Value> = Partial<Record<ToolId, Value>>;

function setFor<Value>(tool: ToolId, value: Value | null): (state: PerTool<Value>) => PerTool<Value> {
  return (state) => {
    const rest = Object.entries(state).filter(([owner]) => owner !== tool);
    return Object.fromEntries(value === null ? rest : [...rest, [tool, value]]);
  };
}

const NO_PRESETS: ToolPresets = { revision: 0 };

const MIME_TYPES = { png: 'image/png', svg: 'image/svg+xml', pdf: 'application/pdf' } as const;

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

function linksOf(state: NeighborsState): NeighborLinks | null {
  if (state.source < 0 || state.neighbors === null) return null;
  return { source: state.source, targets: state.neighbors.map((n) => n.index), highlight: state.hovered };
}

function legendOf(coloring: Coloring | null, rows: LegendContent): LegendContent {
  if (coloring === null) return { kind: 'none' };
  if (coloring.bar !== null) return { kind: 'bar', bar: coloring.bar };
  return coloring.categorical ? rows : { kind: 'none' };
}

/**
 * The map and everything about it: the plot, and beside it the colouring, legend, neighbours and selection.
 * Owns the plot's interaction state so that the app shell only hands over the map and the client.
 */
export function PlotWorkspace(props: PlotWorkspaceProps): ReactNode {
  const { t } = useI18n();
  const { client, shown, result, reportError } = props;
  const finished = shown !== null && shown === result ? result : null;
  // Tools' drawings, columns and companion layouts belong to one map: a new map starts without them.
  const [toolState, setToolState] = useState<{
    mapId: string | null;
    annotations: PerTool<PlotAnnotations>;
    columns: PerTool<ItemColumn>;
    companions: PerTool<CompanionView>;
  }>({ mapId: null, annotations: {}, columns: {}, companions: {} });
  const currentMapId = finished?.mapId ?? null;
  const tools =
    toolState.mapId === currentMapId
      ? toolState
      : { mapId: currentMapId, annotations: {}, columns: {}, companions: {} };
  const allColumns = useMemo(
    () => [...(finished?.columns ?? NO_COLUMNS), ...Object.values(tools.columns)],
    [finished, tools.columns],
  );
  const annotations = useMemo(() => mergeAnnotations(Object.values(tools.annotations)), [tools.annotations]);
  const companion = Object.values(tools.companions).at(-1) ?? null;
  const [hovered, setHovered] = useState(-1);
  const { coloring, choose } = useColoring(shown, allColumns);
  const { plot, actions: plotActions } = usePlotState(shown, coloring?.assignment ?? null);
  const { neighbors, actions: neighborActions } = useNeighbors(client, finished?.mapId ?? null);
  const [labelFontPx, setLabelFontPx] = useState(DEFAULT_LABEL_FONT_PX);
  const [controller, setController] = useState<PlotController | null>(null);
  const links = useMemo(() => linksOf(neighbors), [neighbors.source, neighbors.neighbors, neighbors.hovered]); // eslint-disable-line react-hooks/exhaustive-deps
  const rows = coloring === null ? [] : legendRows(coloring.assignment.entries, t);
  const legend = legendOf(coloring, { kind: 'rows', rows });
  const onFailure = useCallback(
    (kind: 'webgl' | 'export', cause: unknown): void => {
      reportError(
        kind === 'webgl'
          ? { code: 'webgl-unavailable', message: `WebGL is not available: ${describe(cause)}` }
          : { code: 'export-failed', message: `The export failed: ${describe(cause)}` },
      );
    },
    [reportError],
  );
  const onSave = async (bytes: Uint8Array<ArrayBuffer>, format: ExportFormat): Promise<string | null> => {
    if (client === null) return null;
    // PlotView hands a vector export over as the SVG's bytes; PDF is printed from that SVG by the host.
    const saved = format === 'pdf' ? await pdfFromSvg(client, new TextDecoder().decode(bytes)) : bytes;
    const outcome = await client.saveFile({
      suggestedName: `embedding-map.${format}`,
      mimeType: MIME_TYPES[format],
      bytes: saved,
    });
    return outcome.saved ? outcome.location : null;
  };
  const updateTools = (change: (state: typeof tools) => typeof tools): void => {
    setToolState((state) =>
      change(
        state.mapId === currentMapId
          ? state
          : { mapId: currentMapId, annotations: {}, columns: {}, companions: {} },
      ),
    );
  };
  const selection = useMemo(() => Array.from(selectedIndices(plot.selection)), [plot.selection]);
  const dataExport = useDataExport(client, finished, allColumns, reportError);
  const bookmarks = useBookmarksStore(finished?.mapId ?? null);
  const lookParts = {
    bookmarks,
    result: finished,
    choice: coloring === null ? null : { colorBy: coloring.colorBy, sizeBy: coloring.sizeBy },
    choose,
    plot,
    plotActions,
    labelFontPx,
    setLabelFontPx,
    controller,
  };
  useProjectViewSync(props.viewLink, lookParts);
  const toolContext: ToolContext = {
    client,
    result: finished,
    request: props.request ?? null,
    selection,
    controller,
    setAnnotations: (tool, value) => {
      updateTools((state) => ({ ...state, annotations: setFor(tool, value)(state.annotations) }));
    },
    setColumn: (tool, value) => {
      updateTools((state) => ({ ...state, columns: setFor(tool, value)(state.columns) }));
    },
    colorByColumn: (name) => {
      choose({ colorBy: { kind: 'column', name } });
    },
    setCompanion: (tool, value) => {
      updateTools((state) => ({ ...state, companions: setFor(tool, value)(state.companions) }));
    },
    select: (indices) => {
      plotActions.select('replace', indices);
    },
    reportError,
    presets: props.presets ?? NO_PRESETS,
  };
  const neighborsOfSelection = (): void => {
    const first = selectedIndices(plot.selection)[0];
    if (first !== undefined) neighborActions.show(first);
  };
  return (
    <>
      <PlotView
        result={shown}
        style={coloring?.style ?? null}
        legend={legend}
        links={links}
        annotations={annotations}
        labelFontPx={scaledLabelFontPx(labelFontPx, props.labelScale ?? 1)}
        columns={finished?.columns ?? NO_COLUMNS}
        host={client?.host ?? 'web'}
        busy={props.busy}
        plot={plot}
        plotActions={plotActions}
        theme={props.theme}
        onFailure={onFailure}
        onSave={onSave}
        onPointClick={neighborActions.show}
        onNeighborsKey={neighborsOfSelection}
        onController={setController}
        linkedHover={companion === null ? -1 : hovered}
        onHover={setHovered}
        probeNeighbors={() => ({
          mapId: finished?.mapId ?? null,
          source: neighbors.source,
          indices: neighbors.neighbors?.map((n) => n.index) ?? [],
        })}
      />
      {companion !== null && (
        <CompanionPlot
          view={companion}
          selection={toolContext.selection}
          onSelect={toolContext.select}
          hovered={hovered}
          onHover={setHovered}
          mainStyle={coloring?.style ?? null}
          theme={props.theme}
          onClose={() => {
            updateTools((state) => ({ ...state, companions: {} }));
          }}
        />
      )}
      {coloring !== null && shown !== null && (
        <ToolsPanel
          context={toolContext}
          tab={props.toolTab}
          mapPanels={
            <>
              <ColorControls
                coloring={coloring}
                onChoose={choose}
                labelFontPx={labelFontPx}
                onLabelFontPx={setLabelFontPx}
              />
              <Legend
                entries={coloring.assignment.entries}
                swatches={coloring.categorical}
                hidden={plot.hidden}
                onToggle={plotActions.toggleEntry}
                onIsolate={plotActions.isolateEntry}
                onShowAll={plotActions.showAll}
              />
              {neighbors.source >= 0 && neighbors.source < shown.texts.length && (
                <NeighborsPanel
                  state={neighbors}
                  actions={neighborActions}
                  texts={shown.texts}
                  coords={shown.coords}
                  dims={shown.dims}
                  onFocus={(index) => controller?.centreOn(index)}
                />
              )}
              <SelectionPanel
                selection={plot.selection}
                texts={shown.texts}
                labels={shown.labels}
                onClear={plotActions.clearSelection}
                onNeighbors={finished === null ? null : neighborsOfSelection}
                onExport={
                  finished === null
                    ? null
                    : () => {
                        dataExport.exportItems('csv', selection);
                      }
                }
              />
              {finished !== null && <BookmarksPanel parts={lookParts} />}
              <DataExport
                available={finished !== null}
                selection={selection}
                exporting={dataExport.exporting}
                status={dataExport.status}
                onExport={dataExport.exportItems}
              />
              <QualityPanel context={toolContext} />
              <PlaceItemsPanel context={toolContext} />
            </>
          }
        />
      )}
    </>
  );
}
