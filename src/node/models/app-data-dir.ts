import { homedir } from 'node:os';
import { join } from 'node:path';

/** The app's name as a folder: lower-case on Linux (XDG custom), as written elsewhere. */
const LINUX_NAME = 'embedding-studio';
const DISPLAY_NAME = 'Embedding Studio';

/** What decides the data folder; defaults to this process's. */
export interface DataDirContext {
  readonly env?: NodeJS.ProcessEnv;
  readonly platform?: NodeJS.Platform;
  readonly home?: string;
}

/**
 * The folder for the user's models and caches: EMBEDDING_STUDIO_DATA when set, else the platform's place for
 * application data — `$XDG_DATA_HOME/embedding-studio` (default ~/.local/share) on Linux,
 * ~/Library/Application Support/Embedding Studio on macOS, %APPDATA%\Embedding Studio on Windows.
 */
export function appDataDir(context: DataDirContext = {}): string {
  const env = context.env ?? process.env;
  const platform = context.platform ?? process.platform;
  const home = context.home ?? homedir();
  const override = env['EMBEDDING_STUDIO_DATA'];
  if (override !== undefined && override !== '') return override;
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', DISPLAY_NAME);
  if (platform === 'win32') {
    return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), DISPLAY_NAME);
  }
  const xdg = env['XDG_DATA_HOME'];
  return join(xdg !== undefined && xdg !== '' ? xdg : join(home, '.local', 'share'), LINUX_NAME);
}

/** Where installed models live: `<data>/models/<id>/`. */
export function modelsDirIn(dataDir: string): string {
  return join(dataDir, 'models');
}
