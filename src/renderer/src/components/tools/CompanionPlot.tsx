import type { ReactNode } from 'react';
import type { CompanionView } from './tool-context';

/** Props of {@link CompanionPlot}. */
export interface CompanionPlotProps {
  readonly view: CompanionView;
  /** The main plot's selection (linked), and a change to it from the companion. */
  readonly selection: readonly number[];
  readonly onSelect: (indices: readonly number[]) => void;
  /** The item hovered on either plot (linked), or -1. */
  readonly hovered: number;
  readonly onHover: (index: number) => void;
  readonly onClose: () => void;
}

/** A second layout of the same items beside the main plot (being built). */
export function CompanionPlot({ view }: CompanionPlotProps): ReactNode {
  return <section className="companion-plot" aria-label={view.title} />;
}
