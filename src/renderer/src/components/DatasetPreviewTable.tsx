import type { ReactNode } from 'react';
import type { DatasetPreview } from '../../../shared/contract';
import { useI18n } from '../i18n/i18n-context';

/** Rows shown in the preview: enough to recognise the data, few enough to keep the panel short. */
const PREVIEW_ROWS = 5;
/** Cells longer than this are cut in the preview; the full text is in the cell's tooltip. */
const PREVIEW_CELL_CHARS = 60;

function shorten(text: string): string {
  const chars = Array.from(text);
  return chars.length <= PREVIEW_CELL_CHARS ? text : `${chars.slice(0, PREVIEW_CELL_CHARS - 1).join('')}…`;
}

/** The first rows of the open dataset and its row count, so the user sees what will be mapped. */
export function DatasetPreviewTable({ preview }: { preview: DatasetPreview }): ReactNode {
  const { t } = useI18n();
  return (
    <section className="preview" aria-label={t('preview.heading')}>
      <p className="muted" data-testid="row-count">
        {t('preview.rows', { count: preview.rowCount })}
      </p>
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label={t('preview.caption', { name: preview.name })}
      >
        <table>
          <caption className="visually-hidden">{t('preview.caption', { name: preview.name })}</caption>
          <thead>
            <tr>
              {preview.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.previewRows.slice(0, PREVIEW_ROWS).map((row, r) => (
              <tr key={r}>
                {preview.columns.map((column, c) => (
                  <td key={column} title={row[c] ?? ''}>
                    {shorten(row[c] ?? '')}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
