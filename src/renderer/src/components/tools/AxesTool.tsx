import type { ReactNode } from 'react';
import type { ToolContext } from './tool-context';

/** The Axes tool (being built). */
export function AxesTool({ context }: { readonly context: ToolContext }): ReactNode {
  return <p className="tool-placeholder">{context.result === null ? '' : '…'}</p>;
}
