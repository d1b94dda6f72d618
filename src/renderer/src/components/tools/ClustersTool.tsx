import type { ReactNode } from 'react';
import type { ToolContext } from './tool-context';

/** The Clusters tool (being built). */
export function ClustersTool({ context }: { readonly context: ToolContext }): ReactNode {
  return <p className="tool-placeholder">{context.result === null ? '' : '…'}</p>;
}
