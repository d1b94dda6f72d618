import { useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages-en';
import { AnalogyTool } from './AnalogyTool';
import { AxesTool } from './AxesTool';
import { ClustersTool } from './ClustersTool';
import { CompareTool } from './CompareTool';
import { HeatmapTool } from './HeatmapTool';
import type { ToolContext } from './tool-context';

/** The side panel's tabs: the map's own panels first, then one per analysis tool. */
export type ToolTab = 'map' | 'analogy' | 'clusters' | 'axes' | 'compare' | 'heatmap';

const TABS = [
  { id: 'map', label: 'tools.tab.color' },
  { id: 'analogy', label: 'tools.tab.analogy' },
  { id: 'clusters', label: 'tools.tab.clusters' },
  { id: 'axes', label: 'tools.tab.axes' },
  { id: 'compare', label: 'tools.tab.compare' },
  { id: 'heatmap', label: 'tools.tab.heatmap' },
] as const satisfies readonly { readonly id: ToolTab; readonly label: MessageKey }[];

/** Props of {@link ToolsPanel}. */
export interface ToolsPanelProps {
  readonly context: ToolContext;
  /** The map tab's content: colouring, legend, neighbours and selection. */
  readonly mapPanels: ReactNode;
  /** The open tab, when the owner (a lesson) sets it; the user's choice otherwise. */
  readonly tab?: ToolTab;
  readonly onTab?: (tab: ToolTab) => void;
}

/**
 * The side panel as tabs. Every tool stays mounted while another tab is open, so its inputs, results and
 * drawings on the plot survive switching tabs.
 */
export function ToolsPanel(props: ToolsPanelProps): ReactNode {
  const { t } = useI18n();
  const [ownTab, setOwnTab] = useState<ToolTab>('map');
  const tab = props.tab ?? ownTab;
  const choose = (next: ToolTab): void => {
    setOwnTab(next);
    props.onTab?.(next);
  };
  const { context } = props;
  const panels: Record<ToolTab, ReactNode> = {
    map: props.mapPanels,
    analogy: <AnalogyTool context={context} />,
    clusters: <ClustersTool context={context} />,
    axes: <AxesTool context={context} />,
    compare: <CompareTool context={context} />,
    heatmap: <HeatmapTool context={context} />,
  };
  return (
    <aside className="side-panel" aria-label={t('tools.heading')}>
      <div className="tool-tabs" role="tablist" aria-label={t('tools.heading')}>
        {TABS.map(({ id, label }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tool-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`tool-panel-${id}`}
            className={tab === id ? 'tool-tab active' : 'tool-tab'}
            onClick={() => {
              choose(id);
            }}
          >
            {t(label)}
          </button>
        ))}
      </div>
      {TABS.map(({ id }) => (
        <div
          key={id}
          role="tabpanel"
          id={`tool-panel-${id}`}
          aria-labelledby={`tool-tab-${id}`}
          className="tool-panel"
          hidden={tab !== id}
        >
          {panels[id]}
        </div>
      ))}
    </aside>
  );
}
