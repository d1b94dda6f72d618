import type { Translate } from '../i18n/translate';
import type { LegendRow } from '../plot/legend-canvas';
import type { LegendEntry } from '../plot/palette';

/** The name a legend entry shows: its label, or the translated name of a pooled entry. */
export function legendName(entry: LegendEntry, t: Translate): string {
  switch (entry.kind) {
    case 'label':
      return entry.label ?? '';
    case 'none':
      return t('legend.none');
    case 'other':
      return t('legend.other');
    case 'all':
      return t('legend.all');
  }
}

/** The legend as the exported image draws it, in the current language. */
export function legendRows(entries: readonly LegendEntry[], t: Translate): LegendRow[] {
  return entries.map((entry) => ({ name: legendName(entry, t), color: entry.color, count: entry.count }));
}
