import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The user's settings that live with their data, not with one window: `<data>/settings.json`. */
export interface StudioSettings {
  /** The network switch: false (the default) means nothing is ever downloaded. */
  readonly downloadsAllowed: boolean;
}

const DEFAULTS: StudioSettings = { downloadsAllowed: false };

/**
 * Reads and writes `<data>/settings.json`. Keys it does not know are kept, so other features may store their
 * own settings in the same file. A missing or unreadable file means the defaults: a damaged settings file
 * must never switch downloads on.
 */
export class SettingsFile {
  readonly path: string;

  constructor(readonly dataDir: string) {
    this.path = join(dataDir, 'settings.json');
  }

  /** The settings in effect. */
  async read(): Promise<StudioSettings> {
    const stored = await this.readRaw();
    return { downloadsAllowed: stored['downloadsAllowed'] === true || DEFAULTS.downloadsAllowed };
  }

  /** Merges `change` into the file, atomically (write a temporary file, then rename it over). */
  async update(change: Partial<StudioSettings>): Promise<StudioSettings> {
    const next = { ...(await this.readRaw()), ...change };
    await mkdir(this.dataDir, { recursive: true });
    const temporary = `${this.path}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify(next, null, 2)}\n`);
    await rename(temporary, this.path);
    return this.read();
  }

  private async readRaw(): Promise<Record<string, unknown>> {
    try {
      const value: unknown = JSON.parse(await readFile(this.path, 'utf8'));
      return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : {};
    } catch {
      // Missing (first run) or damaged: the defaults apply, which keep the network off.
      return {};
    }
  }
}
