import type { ReactNode } from 'react';
import type { ToolContext } from './tool-context';

/** The Analogy tool (being built). */
export function AnalogyTool({ context }: { readonly context: ToolContext }): ReactNode {
  return <p className="tool-placeholder">{context.result === null ? '' : '…'}</p>;
}
