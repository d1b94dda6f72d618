import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { vectorsLoadFigures } from '../state/vectors-load';
import { vectorsLoad, useVectorsLoadView } from '../state/vectors-load-store';
import { ProgressTrack } from './ProgressTrack';

/**
 * A word-vector file being loaded: a progress bar (MB read of the total), the words read so far and the
 * speed in MB/s, and Cancel, which leaves the embedders as they were. The bar follows the load itself (a
 * file picked while another loads replaces it and keeps the bar); while the workflow still says `loading`
 * after the last chunk (the embedder list is being refreshed), it says only that word vectors are loading.
 */
export function VectorsLoadProgress({ loading }: { readonly loading: boolean }): ReactNode {
  const { t } = useI18n();
  const view = useVectorsLoadView();
  if (view.kind === 'idle') {
    if (!loading) return null;
    return (
      <p className="muted" aria-live="polite">
        {t('vectors.loading')}
      </p>
    );
  }
  const figures = vectorsLoadFigures(view.step, view.seconds);
  const percent = Math.round(figures.fraction * 100);
  const text = t('vectorsLoad.reading', {
    name: view.fileName,
    read: figures.readMb,
    total: figures.totalMb,
    words: figures.words.toLocaleString('en').replaceAll(',', ' '),
    rate: figures.mbPerSecond,
  });
  return (
    <section className="job-progress" data-testid="vectors-load-progress">
      <ProgressTrack
        percent={percent}
        label={t('vectorsLoad.progress')}
        testId="vectors-load-bar"
        valueText={text}
      />
      <p className="muted small" aria-live="polite" data-testid="vectors-load-text">
        {text}
      </p>
      <button
        type="button"
        className="secondary"
        data-testid="vectors-load-cancel"
        onClick={() => {
          vectorsLoad.cancel();
        }}
      >
        {t('vectorsLoad.cancel')}
      </button>
    </section>
  );
}
