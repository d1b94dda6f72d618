import type { MapRequest } from '../../../shared/contract';
import type { DisplayError } from '../i18n/translate-error';

/**
 * The sample size an `insufficient-memory` error offers (its `suggestedRows`), or null when the error offers
 * none: another code, no rows that fit, or params that did not survive the trip across the boundary.
 */
export function offeredSampleRows(error: DisplayError): number | null {
  if (error.code !== 'insufficient-memory') return null;
  const rows = Number(error.params?.['suggestedRows']);
  return Number.isSafeInteger(rows) && rows > 0 ? rows : null;
}

/** The same map, of a seeded random sample of `rows` rows (not stratified: any column may be unsuitable). */
export function sampledRequest(request: MapRequest, rows: number): MapRequest {
  return { ...request, sample: { size: rows, seed: request.seed, stratifyBy: null } };
}
