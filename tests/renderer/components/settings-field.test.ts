import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TSNE_PARAMS, DEFAULT_UMAP_PARAMS, type TsneParams } from '../../../src/shared/contract';
import { settingsRows, type SettingsField } from '../../../src/renderer/src/components/settings-field';
import { TsneSettings } from '../../../src/renderer/src/components/TsneSettings';
import { UmapSettings } from '../../../src/renderer/src/components/UmapSettings';

const number = (key: 'perplexity' | 'iterations'): SettingsField<TsneParams> => ({
  kind: 'number',
  key,
  label: 'settings.tsnePerplexity',
  min: 1,
  max: 2,
  step: 1,
  integer: true,
  testId: key,
});

/** The test ids in the markup, in document order, with the value of each input that has one. */
function fieldsOf(markup: string): string[] {
  return Array.from(markup.matchAll(/<(?:input|select)[^>]*>/g), ([tag]) => {
    const testId = /data-testid="([^"]+)"/.exec(tag)?.[1] ?? '';
    const value = /value="([^"]*)"/.exec(tag)?.[1];
    return value === undefined ? testId : `${testId}=${value}`;
  });
}

describe('settingsRows', () => {
  it('puts consecutive number fields side by side and every other field on its own line', () => {
    const rows = settingsRows<TsneParams>([
      number('perplexity'),
      number('iterations'),
      { kind: 'hint', text: 'settings.tsnePerplexityHint' },
      number('perplexity'),
      { kind: 'pca-dims', testId: 'tsne' },
    ]);
    expect(
      rows.map((row) => (row.kind === 'numbers' ? row.fields.map((field) => field.key) : row.kind)),
    ).toEqual([['perplexity', 'iterations'], 'hint', ['perplexity'], 'pca-dims']);
  });
});

describe('method settings forms', () => {
  it('draws t-SNE’s fields in order, showing the automatic iterations while they are left open', () => {
    const markup = renderToStaticMarkup(
      createElement(TsneSettings, {
        params: { ...DEFAULT_TSNE_PARAMS, perplexity: 12, iterations: null, pcaDims: 30 },
        onChange: () => undefined,
      }),
    );
    expect(fieldsOf(markup)).toEqual([
      'tsne-perplexity=12',
      'tsne-iterations=1000',
      'tsne-metric',
      'tsne-pca-first',
      'tsne-pca-dims=30',
    ]);
    expect(markup).toContain('<legend>t-SNE settings</legend>');
  });

  it('draws UMAP’s fields in order with the contract’s bounds', () => {
    const markup = renderToStaticMarkup(
      createElement(UmapSettings, {
        params: { ...DEFAULT_UMAP_PARAMS, neighbors: 7 },
        onChange: () => undefined,
      }),
    );
    expect(fieldsOf(markup)).toEqual([
      'umap-neighbors=7',
      'umap-min-dist=0.1',
      'umap-metric',
      'umap-pca-first',
    ]);
    expect(markup).toMatch(/data-testid="umap-neighbors" min="2" max="200" step="1"/);
  });
});
