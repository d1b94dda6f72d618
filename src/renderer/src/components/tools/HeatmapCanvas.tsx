import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { rampColor } from '../../plot/color-ramp';
import { cellAt, heatmapGeometry, rampPosition } from '../../plot/heatmap-geometry';

/** Props of {@link HeatmapCanvas}. */
export interface HeatmapCanvasProps {
  /** Row-major `n × n` similarities in the original order. */
  readonly values: Float32Array;
  /** The texts of the n items, in the original order. */
  readonly texts: readonly string[];
  /** The display order: `order[k]` is the item drawn in row and column k. */
  readonly order: readonly number[];
  readonly label: string;
  /** The tooltip's text for a cell. */
  readonly describe: (a: string, b: string, value: string) => string;
}

/** Cut a label to fit `width` CSS px, with an ellipsis. */
function fit(context: CanvasRenderingContext2D, text: string, width: number): string {
  if (context.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && context.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** The similarity matrix as coloured cells on a canvas with row and column labels, and the numbers on hover. */
export function HeatmapCanvas({ values, texts, order, label, describe }: HeatmapCanvasProps): ReactNode {
  const canvas = useRef<HTMLCanvasElement>(null);
  const n = order.length;
  const geometry = useMemo(() => heatmapGeometry(n), [n]);
  const [hover, setHover] = useState<{ row: number; column: number; x: number; y: number } | null>(null);
  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d') ?? null;
    if (element === null || context === null) return;
    const ratio = window.devicePixelRatio || 1;
    element.width = Math.round(geometry.size * ratio);
    element.height = Math.round(geometry.size * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, geometry.size, geometry.size);
    const lowest = values.reduce((min, value) => Math.min(min, value), 1);
    const { labelSpace, cell } = geometry;
    order.forEach((a, row) => {
      order.forEach((b, column) => {
        context.fillStyle = rampColor(rampPosition(values[a * n + b] ?? 0, lowest));
        context.fillRect(labelSpace + column * cell, labelSpace + row * cell, cell, cell);
      });
    });
    // Labels only where a line of text fits in a cell; the tooltip names the items otherwise.
    if (cell < 8) return;
    context.fillStyle = getComputedStyle(element).color;
    context.font = `${Math.min(12, cell)}px sans-serif`;
    context.textBaseline = 'middle';
    order.forEach((item, k) => {
      const text = fit(context, texts[item] ?? '', labelSpace - 4);
      context.textAlign = 'right';
      context.fillText(text, labelSpace - 4, labelSpace + (k + 0.5) * cell);
      context.save();
      context.translate(labelSpace + (k + 0.5) * cell, labelSpace - 4);
      context.rotate(-Math.PI / 2);
      context.textAlign = 'left';
      context.fillText(text, 0, 0);
      context.restore();
    });
  }, [values, texts, order, n, geometry]);
  const hovered = hover === null ? null : { a: order[hover.row] ?? 0, b: order[hover.column] ?? 0 };
  return (
    <div className="heatmap-frame">
      <canvas
        ref={canvas}
        className="heatmap-canvas"
        data-testid="heatmap-canvas"
        data-cell={geometry.cell}
        data-label-space={geometry.labelSpace}
        data-order={order.join(',')}
        role="img"
        aria-label={label}
        style={{ width: geometry.size, height: geometry.size }}
        onMouseMove={(event) => {
          const box = event.currentTarget.getBoundingClientRect();
          const x = event.clientX - box.left;
          const y = event.clientY - box.top;
          const found = cellAt(geometry, n, x, y);
          setHover(found === null ? null : { row: found[0], column: found[1], x, y });
        }}
        onMouseLeave={() => {
          setHover(null);
        }}
      />
      {hover !== null && hovered !== null && (
        <div className="heatmap-tooltip" role="tooltip" style={{ left: hover.x + 12, top: hover.y + 12 }}>
          {describe(
            texts[hovered.a] ?? '',
            texts[hovered.b] ?? '',
            (values[hovered.a * n + hovered.b] ?? 0).toFixed(3),
          )}
        </div>
      )}
    </div>
  );
}
