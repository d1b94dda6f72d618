import type { CatalogueModel, InstalledModel as InstalledModelInfo } from '../../shared/contract';
import type { CatalogueEntry } from './model-catalogue';
import type { InstalledModel } from './model-store';

/** 1 MiB: the catalogue gives sizes in megabytes, the contract in bytes. */
const MEGABYTE = 1024 * 1024;

/** A catalogue entry as the contract shows it: sizes in bytes, and whether it is installed. */
export function toCatalogueModel(entry: CatalogueEntry, installed: boolean): CatalogueModel {
  const sizes: Record<string, number> = {};
  for (const [dtype, megabytes] of Object.entries(entry.sizeMb)) {
    sizes[dtype] = Math.round(megabytes * MEGABYTE);
  }
  return {
    id: entry.id,
    name: entry.name,
    languages: [...entry.languages],
    dimension: entry.dimension,
    licence: entry.licence,
    sizes,
    installed,
  };
}

/** An installed model as the contract shows it. */
export function toInstalledModelInfo(model: InstalledModel): InstalledModelInfo {
  return {
    id: model.id,
    dimension: model.dimension ?? null,
    dtypes: [...(model.dtypes ?? [])],
    sizeBytes: model.sizeBytes,
    problem: model.problem ?? null,
  };
}
