import { useEffect, useRef, useState } from 'react';
import type { CoreOutput } from '../../../shared/contract';
import { toStudioErrorInfo } from '../../../shared/errors';
import type { ToolContext } from '../components/tools/tool-context';
import { axisOfDraft, draftOfAxis, type AxisDraft } from './concept-axes-state';

const EMPTY_DRAFT: AxisDraft = { name: '', from: '', to: '' };

/** What the Axes tool shows and can do. */
export interface ConceptAxesState {
  readonly drafts: readonly AxisDraft[];
  readonly orthogonalize: boolean;
  readonly busy: boolean;
  /** The last projection, with the axes it was made of. */
  readonly output:
    (CoreOutput<'projectOnAxes'> & { readonly names: readonly string[]; readonly mapId: string }) | null;
  readonly setDrafts: (drafts: readonly AxisDraft[]) => void;
  readonly setOrthogonalize: (on: boolean) => void;
  /** Projects the map's items onto the typed axes and shows the layout beside the plot. */
  readonly project: () => void;
}

/** The Axes tool's state: typed axes, the projection call, and the companion layout it shows. */
export function useConceptAxes(context: ToolContext): ConceptAxesState {
  const [drafts, setDrafts] = useState<readonly AxisDraft[]>([EMPTY_DRAFT]);
  const [orthogonalize, setOrthogonalize] = useState(false);
  const [busy, setBusy] = useState(false);
  const [output, setOutput] = useState<ConceptAxesState['output']>(null);
  const latest = useRef(context);
  useEffect(() => {
    latest.current = context;
  });

  const run = (axesDrafts: readonly AxisDraft[], orthogonal: boolean): void => {
    const { client, result } = latest.current;
    const axes = axesDrafts.flatMap((draft) => {
      const axis = axisOfDraft(draft);
      return axis === null ? [] : [axis];
    });
    if (client === null || result === null || axes.length === 0) return;
    setBusy(true);
    client
      .projectOnAxes({ mapId: result.mapId, axes, orthogonalize: orthogonal })
      .then((projected) => {
        const names = axes.map((axis) => axis.name);
        setOutput({ ...projected, names, mapId: result.mapId });
        latest.current.setCompanion('axes', {
          title: names.join(' · '),
          layout: {
            coords: projected.coords,
            dims: projected.dims,
            texts: result.texts,
            labels: result.labels,
          },
          axisTitles: names,
          scores: null,
        });
      })
      .catch((error: unknown) => {
        latest.current.reportError(toStudioErrorInfo(error));
      })
      .finally(() => {
        setBusy(false);
      });
  };

  // A lesson's axes are applied (and projected) whenever it asks again, once a map is there to project.
  const { revision, axes: preset } = context.presets;
  const mapId = context.result?.mapId ?? null;
  const applied = useRef(0);
  useEffect(() => {
    if (preset === undefined || revision === applied.current || mapId === null) return;
    applied.current = revision;
    const presetDrafts = preset.axes.map(draftOfAxis);
    setDrafts(presetDrafts);
    setOrthogonalize(preset.orthogonalize);
    run(presetDrafts, preset.orthogonalize);
    // `run` reads everything else through the ref.
  }, [revision, preset, mapId]);

  return {
    drafts,
    orthogonalize,
    busy,
    output: output?.mapId === mapId ? output : null,
    setDrafts,
    setOrthogonalize,
    project: () => {
      run(drafts, orthogonalize);
    },
  };
}
