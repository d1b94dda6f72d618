import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appDataDir, modelsDirIn } from '../../../src/node/models/app-data-dir';

describe('appDataDir', () => {
  const home = '/home/ann';

  it('prefers EMBEDDING_STUDIO_DATA', () => {
    expect(appDataDir({ env: { EMBEDDING_STUDIO_DATA: '/data/es' }, platform: 'linux', home })).toBe(
      '/data/es',
    );
  });

  it('follows each platform’s convention', () => {
    expect(appDataDir({ env: {}, platform: 'linux', home })).toBe(
      join(home, '.local', 'share', 'embedding-studio'),
    );
    expect(appDataDir({ env: { XDG_DATA_HOME: '/xdg' }, platform: 'linux', home })).toBe(
      join('/xdg', 'embedding-studio'),
    );
    expect(appDataDir({ env: {}, platform: 'darwin', home })).toBe(
      join(home, 'Library', 'Application Support', 'Embedding Studio'),
    );
    expect(appDataDir({ env: { APPDATA: 'C:/Users/ann/AppData/Roaming' }, platform: 'win32', home })).toBe(
      join('C:/Users/ann/AppData/Roaming', 'Embedding Studio'),
    );
  });

  it('keeps models in a models/ subfolder', () => {
    expect(modelsDirIn('/data/es')).toBe(join('/data/es', 'models'));
  });
});
