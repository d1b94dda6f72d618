import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import config, {
  BUNDLED_MODELS_STAGE,
  builderConfig,
  extraResources,
} from '../../build/electron-builder.config.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');

describe('electron-builder configuration', () => {
  it('names the app, ships the built app in an asar, and sets the fuses after packing', () => {
    expect(config.appId).toBe('studio.embedding.desktop');
    expect(config.productName).toBe('Embedding Studio');
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    expect(config.asar).toBe(true);
    expect(typeof config.afterPack).toBe('function');
    expect(config.npmRebuild).toBe(false);
  });

  it('builds AppImage and deb on Linux, NSIS on Windows, dmg on macOS', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('points at icons that exist, square, in the sizes each platform needs', () => {
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      const file = join(ROOT, 'build', 'icons', `${size}x${size}.png`);
      const png = PNG.sync.read(readFileSync(file));
      expect({ width: png.width, height: png.height }).toEqual({ width: size, height: size });
    }
    expect(existsSync(join(ROOT, config.win?.icon ?? 'missing'))).toBe(true);
    expect(existsSync(join(ROOT, config.mac?.icon ?? 'missing'))).toBe(true);
  });

  it('always ships the samples, and the lessons and bundled models only when they exist', () => {
    const root = mkdtempSync(join(tmpdir(), 'builder-config-'));
    try {
      expect(extraResources(root)).toEqual([{ from: 'resources/samples', to: 'samples' }]);
      mkdirSync(join(root, 'resources', 'lessons'), { recursive: true });
      writeFileSync(join(root, 'resources', 'lessons', 'index.json'), '[]');
      mkdirSync(join(root, BUNDLED_MODELS_STAGE, 'tiny'), { recursive: true });
      expect(builderConfig(root).extraResources).toEqual([
        { from: 'resources/samples', to: 'samples' },
        { from: 'resources/lessons', to: 'lessons' },
        { from: BUNDLED_MODELS_STAGE, to: 'models' },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
