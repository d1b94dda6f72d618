import type { ReactNode } from 'react';
import type { ToolContext } from './tool-context';

/** The Heatmap tool (being built). */
export function HeatmapTool({ context }: { readonly context: ToolContext }): ReactNode {
  return <p className="tool-placeholder">{context.result === null ? '' : '…'}</p>;
}
