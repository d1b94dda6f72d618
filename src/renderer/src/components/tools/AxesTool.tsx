import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { AXIS_EXAMPLES, MAX_AXES, withExample, type AxisDraft } from '../../state/concept-axes-state';
import { useConceptAxes } from '../../state/use-concept-axes';
import type { ToolContext } from './tool-context';

const EMPTY_DRAFT: AxisDraft = { name: '', from: '', to: '' };

/**
 * Concept axes: 1–3 directions defined by word sets (man, he → woman, she), optionally orthogonalised, onto
 * which every item is projected; the layout appears beside the main plot with its axes named.
 */
export function AxesTool({ context }: { readonly context: ToolContext }): ReactNode {
  const { t } = useI18n();
  const axes = useConceptAxes(context);
  const { drafts, output } = axes;
  const change = (index: number, patch: Partial<AxisDraft>): void => {
    axes.setDrafts(drafts.map((draft, i) => (i === index ? { ...draft, ...patch } : draft)));
  };
  if (context.result === null) return <p className="tool-hint">{t('axes.needMap')}</p>;
  return (
    <section className="axes-tool" aria-label={t('axes.heading')}>
      <p className="tool-hint">{t('axes.intro')}</p>
      <div className="axes-examples" role="group" aria-label={t('axes.examples')}>
        {AXIS_EXAMPLES.map((example) => (
          <button
            key={example.id}
            type="button"
            data-testid={`axes-example-${example.id}`}
            onClick={() => {
              axes.setDrafts(withExample(drafts, example.draft));
            }}
          >
            {example.draft.name}
          </button>
        ))}
      </div>
      {drafts.map((draft, index) => (
        <fieldset key={index} className="axis-draft">
          <legend>{t('axes.axisNumber', { number: index + 1 })}</legend>
          <label className="field">
            <span>{t('axes.name')}</span>
            <input
              value={draft.name}
              data-testid={`axis-name-${index}`}
              onChange={(event) => {
                change(index, { name: event.target.value });
              }}
            />
          </label>
          <label className="field">
            <span>{t('axes.from')}</span>
            <input
              value={draft.from}
              data-testid={`axis-from-${index}`}
              placeholder="man, he"
              onChange={(event) => {
                change(index, { from: event.target.value });
              }}
            />
          </label>
          <label className="field">
            <span>{t('axes.to')}</span>
            <input
              value={draft.to}
              data-testid={`axis-to-${index}`}
              placeholder="woman, she"
              onChange={(event) => {
                change(index, { to: event.target.value });
              }}
            />
          </label>
          {drafts.length > 1 && (
            <button
              type="button"
              onClick={() => {
                axes.setDrafts(drafts.filter((_, i) => i !== index));
              }}
            >
              {t('axes.remove')}
            </button>
          )}
        </fieldset>
      ))}
      {drafts.length < MAX_AXES && (
        <button
          type="button"
          onClick={() => {
            axes.setDrafts([...drafts, EMPTY_DRAFT]);
          }}
        >
          {t('axes.add')}
        </button>
      )}
      <label className="field checkbox">
        <input
          type="checkbox"
          checked={axes.orthogonalize}
          onChange={(event) => {
            axes.setOrthogonalize(event.target.checked);
          }}
        />
        <span>{t('axes.orthogonalize')}</span>
      </label>
      <button type="button" data-testid="axes-project" disabled={axes.busy} onClick={axes.project}>
        {axes.busy ? t('axes.projecting') : t('axes.project')}
      </button>
      {output !== null && (
        <div className="axes-output" role="status">
          {output.axes.map(
            (axis) =>
              axis.missing.length > 0 && (
                <p key={axis.name} className="axes-missing">
                  {t('axes.missing', { axis: axis.name, words: axis.missing.join(', ') })}
                </p>
              ),
          )}
          {output.names.length > 1 && (
            <table className="axes-cosines" aria-label={t('axes.cosines')}>
              <caption>{t('axes.cosines')}</caption>
              <tbody>
                {output.names.map((row, i) => (
                  <tr key={row}>
                    <th scope="row">{row}</th>
                    {output.names.map((column, j) => (
                      <td key={column}>
                        {(output.axisCosines[i * output.names.length + j] ?? 0).toFixed(2)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {output.names.length === 1 && <p className="tool-hint">{t('axes.oneAxisNote')}</p>}
        </div>
      )}
    </section>
  );
}
