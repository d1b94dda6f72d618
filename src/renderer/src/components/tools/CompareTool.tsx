import type { ReactNode } from 'react';
import type { ToolContext } from './tool-context';

/** The Compare tool (being built). */
export function CompareTool({ context }: { readonly context: ToolContext }): ReactNode {
  return <p className="tool-placeholder">{context.result === null ? '' : '…'}</p>;
}
