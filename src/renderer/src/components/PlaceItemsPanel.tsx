import { useId, useState, type ReactNode } from 'react';
import { MAX_PLACED_TEXTS, type CoreOutput } from '../../../shared/contract';
import { toStudioErrorInfo } from '../../../shared/errors';
import { useI18n } from '../i18n/i18n-context';
import { belongsTo, placedTags, textsToPlace } from './quality-display';
import type { ToolContext } from './tools/tool-context';

type Placement = CoreOutput<'placeItems'> & { readonly mapId: string };

/**
 * "Add items to this map": new words or sentences (one per line) embedded with the map's model and placed on
 * the finished map without recomputing it, drawn as labelled tags; texts without a vector are listed.
 */
export function PlaceItemsPanel({ context }: { readonly context: ToolContext }): ReactNode {
  const { t } = useI18n();
  const inputId = useId();
  const [input, setInput] = useState('');
  const [placement, setPlacement] = useState<Placement | null>(null);
  const [busy, setBusy] = useState(false);
  const { client, result: map } = context;
  const shown = placement !== null && belongsTo(placement, map) ? placement : null;
  const texts = textsToPlace(input, MAX_PLACED_TEXTS);
  const place = (): void => {
    if (client === null || map === null || texts.length === 0) return;
    const mapId = map.mapId;
    setBusy(true);
    client
      .placeItems({ mapId, texts })
      .then((output) => {
        setPlacement({ ...output, mapId });
        context.setAnnotations('place', placedTags(texts, output));
      })
      .catch((error: unknown) => {
        context.reportError(toStudioErrorInfo(error));
      })
      .finally(() => {
        setBusy(false);
      });
  };
  const clear = (): void => {
    setPlacement(null);
    context.setAnnotations('place', null);
  };
  return (
    <section className="selection-panel" aria-labelledby="place-heading" data-testid="place-panel">
      <div className="panel-heading">
        <h2 id="place-heading">{t('place.heading')}</h2>
      </div>
      <label htmlFor={inputId}>{t('place.label')}</label>
      <textarea
        id={inputId}
        rows={3}
        data-testid="place-input"
        value={input}
        onChange={(event) => {
          setInput(event.target.value);
        }}
      />
      <div className="field-row">
        <button
          type="button"
          data-testid="place-submit"
          disabled={busy || map === null || client === null || texts.length === 0}
          onClick={place}
        >
          {busy ? t('place.placing') : t('place.submit')}
        </button>
        {shown !== null && (
          <button type="button" className="secondary" data-testid="place-clear" onClick={clear}>
            {t('place.clear')}
          </button>
        )}
      </div>
      {shown !== null && (
        <div role="status" data-testid="place-result">
          <p className="muted small">{t('place.placed', { count: shown.placed.length })}</p>
          {shown.unembedded.length > 0 && (
            <p className="small" data-testid="place-unembedded">
              {t('place.unembedded', { texts: shown.unembedded.join(', ') })}
            </p>
          )}
          {map !== null && map.method !== 'pca' && <p className="muted small">{t('place.methodNote')}</p>}
        </div>
      )}
    </section>
  );
}
