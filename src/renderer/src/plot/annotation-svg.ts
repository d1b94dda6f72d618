import { ANNOTATION_FONT, arrowHead, arrowMiddle, type DrawnAnnotations } from './annotation-layer';

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Two decimals: a hundredth of a CSS pixel is far below what any printer shows. */
function fixed(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * The annotations as SVG elements, exactly where the screen drew them: a line and a head polygon per arrow,
 * then the arrow labels and tags with a halo in `halo` (as the point labels have).
 */
export function svgAnnotations(drawn: DrawnAnnotations, halo: string): string[] {
  if (drawn.arrows.length === 0 && drawn.tags.length === 0) return [];
  const [weight = '600', size = '13px', ...family] = ANNOTATION_FONT.split(' ');
  const font = `font-family="${escape(family.join(' '))}" font-size="${Number.parseFloat(size)}" font-weight="${weight}"`;
  const text = (x: number, y: number, content: string, color: string): string =>
    `<text x="${fixed(x)}" y="${fixed(y)}" text-anchor="middle" dominant-baseline="middle" ${font} fill="${color}" stroke="${halo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${escape(content)}</text>`;
  const parts = ['<g data-layer="annotations">'];
  for (const arrow of drawn.arrows) {
    const head = arrowHead(arrow)
      .map(([x, y]) => `${fixed(x)},${fixed(y)}`)
      .join(' ');
    parts.push(
      `<line x1="${fixed(arrow.x1)}" y1="${fixed(arrow.y1)}" x2="${fixed(arrow.x2)}" y2="${fixed(arrow.y2)}" stroke="${arrow.color}" stroke-width="2" stroke-linecap="round"/>`,
      `<polygon points="${head}" fill="${arrow.color}"/>`,
    );
  }
  for (const arrow of drawn.arrows) {
    if (arrow.label !== '') parts.push(text(...arrowMiddle(arrow), arrow.label, arrow.color));
  }
  for (const tag of drawn.tags) parts.push(text(tag.x, tag.y, tag.text, tag.color));
  parts.push('</g>');
  return parts;
}
