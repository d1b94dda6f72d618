import { describe, expect, it } from 'vitest';
import { parseTsneFlags } from '../../src/cli/tsne-options';
import { parseUmapFlags } from '../../src/cli/umap-options';
import { UsageError } from '../../src/cli/usage-error';

describe('--pca-dims', () => {
  it('sets pcaDims for UMAP and t-SNE, and is off by default', () => {
    expect(parseUmapFlags({ 'pca-dims': '50' }, 'umap')?.pcaDims).toBe(50);
    expect(parseUmapFlags({}, 'umap')?.pcaDims).toBeNull();
    expect(parseTsneFlags({ 'pca-dims': '30' }, 'tsne')?.pcaDims).toBe(30);
    expect(parseTsneFlags({}, 'tsne')?.pcaDims).toBeNull();
    // Each method's parser leaves the shared flag to the other method.
    expect(parseUmapFlags({ 'pca-dims': '30' }, 'tsne')).toBeUndefined();
    expect(parseTsneFlags({ 'pca-dims': '50' }, 'umap')).toBeUndefined();
  });

  it('refuses it with PCA and out-of-range or non-numeric values, naming the flag', () => {
    expect(() => parseUmapFlags({ 'pca-dims': '50' }, 'pca')).toThrow(
      new UsageError('--pca-dims applies only to --method umap or tsne.'),
    );
    expect(() => parseUmapFlags({ 'pca-dims': '1' }, 'umap')).toThrow(/--pca-dims/);
    expect(() => parseTsneFlags({ 'pca-dims': 'many' }, 'tsne')).toThrow(/--pca-dims must be a number/);
    expect(() => parseTsneFlags({ 'pca-dims': '2.5' }, 'tsne')).toThrow(/--pca-dims/);
  });
});
