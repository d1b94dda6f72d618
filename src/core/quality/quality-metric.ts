import {
  DEFAULT_TSNE_PARAMS,
  DEFAULT_UMAP_PARAMS,
  type DistanceMetric,
  type MapRequest,
} from '../../shared/contract';

/**
 * The metric a map's quality is measured in: the one its method used to find neighbours (UMAP's and t-SNE's
 * own), and euclidean for PCA, whose projection is a euclidean one — measured in cosine, even a perfect PCA
 * of 2-D data would look distorted.
 */
export function qualityMetric(request: MapRequest): DistanceMetric {
  switch (request.method) {
    case 'umap':
      return (request.umap ?? DEFAULT_UMAP_PARAMS).metric;
    case 'tsne':
      return (request.tsne ?? DEFAULT_TSNE_PARAMS).metric;
    case 'pca':
      return 'euclidean';
  }
}
