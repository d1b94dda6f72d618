import type { ReactNode } from 'react';
import type { AnalogyReport } from '../../../../shared/contract';
import { useI18n } from '../../i18n/i18n-context';

/** A share as a percentage with one decimal (18.2%), in the UI language's number format. */
function percent(share: number, language: string): string {
  return share.toLocaleString(language, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

/** An evaluation's result: the summary, the per-section table (covered, correct, accuracy) and the failures. */
export function AnalogyReportView({
  fileName,
  report,
}: {
  readonly fileName: string;
  readonly report: AnalogyReport;
}): ReactNode {
  const { t, language } = useI18n();
  const rows = [
    ...report.sections.map((section) => ({ ...section, overall: false })),
    { ...report, name: t('analogy.overall'), overall: true },
  ];
  return (
    <section data-testid="analogy-report" aria-label={t('analogy.table')}>
      <p className="small" role="status" data-testid="analogy-summary">
        {t('analogy.summary', {
          fileName,
          correct: report.correct,
          covered: report.covered,
          total: report.total,
          accuracy: percent(report.accuracy, language),
        })}
      </p>
      {report.malformedLines > 0 && (
        <p className="muted small">{t('analogy.malformed', { count: report.malformedLines })}</p>
      )}
      <table className="small" data-testid="analogy-sections">
        <caption className="visually-hidden">{t('analogy.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('analogy.colSection')}</th>
            <th scope="col">{t('analogy.colCovered')}</th>
            <th scope="col">{t('analogy.colCorrect')}</th>
            <th scope="col">{t('analogy.colAccuracy')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.overall ? '\u0000overall' : row.name} data-section={row.overall ? '' : row.name}>
              <th scope="row" style={{ fontWeight: row.overall ? 600 : 'normal', textAlign: 'left' }}>
                {row.name}
              </th>
              <td>{`${row.covered} / ${row.total}`}</td>
              <td>{row.correct}</td>
              <td>{percent(row.accuracy, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.failures.length > 0 && (
        <details>
          <summary>{t('analogy.failures', { count: report.failures.length })}</summary>
          <ul className="small" data-testid="analogy-failures">
            {report.failures.map((failure, index) => {
              const [a, b, c, expected] = failure.question;
              return (
                <li key={index}>{t('analogy.failure', { a, b, c, expected, answer: failure.answer })}</li>
              );
            })}
          </ul>
        </details>
      )}
    </section>
  );
}
