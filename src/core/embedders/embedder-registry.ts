import type { EmbedderInfo } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import type { Embedder } from './embedder';

/** The embedders a core offers, by id, in registration order. */
export class EmbedderRegistry {
  private readonly embedders = new Map<string, Embedder>();

  constructor(embedders: readonly Embedder[] = []) {
    for (const embedder of embedders) this.register(embedder);
  }

  /** Adds an embedder; ids must be unique. */
  register(embedder: Embedder): void {
    if (this.embedders.has(embedder.info.id)) {
      throw new Error(`An embedder with id "${embedder.info.id}" is already registered.`);
    }
    this.embedders.set(embedder.info.id, embedder);
  }

  /**
   * Adds an embedder, or replaces the one with the same id in its place (loading the same word-vector
   * file again gives a fresh embedder under the same id, and the list keeps its order).
   */
  set(embedder: Embedder): void {
    this.embedders.set(embedder.info.id, embedder);
  }

  /** Withdraws an embedder (its model was deleted); true when it was registered. */
  remove(embedderId: string): boolean {
    return this.embedders.delete(embedderId);
  }

  /** Descriptions of every registered embedder. */
  list(): EmbedderInfo[] {
    return [...this.embedders.values()].map((embedder) => embedder.info);
  }

  /** The embedder with this id; throws `unknown-embedder` listing the available ids. */
  get(embedderId: string): Embedder {
    const embedder = this.embedders.get(embedderId);
    if (embedder !== undefined) return embedder;
    const available = [...this.embedders.keys()].join(', ');
    throw new StudioError(
      'unknown-embedder',
      `There is no embedder "${embedderId}"; available embedders: ${available}.`,
      { embedderId, available },
    );
  }
}
