import type {
  ClusteringMethod,
  ConceptAxis,
  MapRequest,
  MapResult,
  StudioClient,
} from '../../../../shared/contract';
import type { DisplayError } from '../../i18n/translate-error';
import type { ItemColumn } from '../../plot/column-values';
import type { PlotAnnotations } from '../../plot/plot-annotations';
import type { PlotController } from '../../plot/plot-controller';
import type { LayoutView } from '../../state/layout-view';

/** Which tool owns a piece of shared plot state, so one tool's update never clears another's. */
export type ToolId = 'analogy' | 'clusters' | 'axes' | 'compare' | 'heatmap' | 'lesson' | 'quality' | 'place';

/**
 * A second layout of the same items shown beside the main plot (concept axes, or another map to compare),
 * with selection and hover linked to the main plot.
 */
export interface CompanionView {
  readonly title: string;
  readonly layout: LayoutView;
  /** Axis titles for layouts whose axes mean something (concept axes); empty otherwise. */
  readonly axisTitles: readonly string[];
  /** A per-item score in [0, 1] to colour the companion by (neighbourhood overlap), or null for the main colours. */
  readonly scores: Float32Array | null;
}

/**
 * Inputs a lesson (or another owner) asks the tools to show; each tool applies its preset whenever
 * `revision` changes, as if the user had typed it, and the user may change it afterwards.
 */
export interface ToolPresets {
  readonly revision: number;
  readonly analogy?: { readonly expression: string; readonly expected?: string };
  readonly clusters?: { readonly method: ClusteringMethod; readonly k: number | null };
  readonly axes?: { readonly axes: readonly ConceptAxis[]; readonly orthogonalize: boolean };
}

/** What every analysis tool may read and change in the workspace around it. */
export interface ToolContext {
  readonly client: StudioClient | null;
  /** The finished map on screen, or null while none is. */
  readonly result: MapResult | null;
  /** The request that made `result` (to remake it another way), or null when unknown (a map from a project). */
  readonly request: MapRequest | null;
  /** Indices of the selected items, ascending. */
  readonly selection: readonly number[];
  readonly controller: PlotController | null;
  /** Draws (or with null removes) this tool's arrows and tags on the plot. */
  readonly setAnnotations: (tool: ToolId, annotations: PlotAnnotations | null) => void;
  /** Adds (or with null removes) this tool's column to colour and search by, e.g. the cluster names. */
  readonly setColumn: (tool: ToolId, column: ItemColumn | null) => void;
  /** Colours the points by a column (by name), as the colour picker would. */
  readonly colorByColumn: (name: string) => void;
  /** Shows (or with null hides) a second layout beside the main plot. */
  readonly setCompanion: (tool: ToolId, view: CompanionView | null) => void;
  /** Selects exactly these items on the main plot. */
  readonly select: (indices: readonly number[]) => void;
  readonly reportError: (error: DisplayError) => void;
  /** What a lesson asks the tools to show (revision 0 and nothing else when no one asks). */
  readonly presets: ToolPresets;
}
