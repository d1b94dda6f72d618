import { describe, expect, it } from 'vitest';
import { bareCore, mapOf } from '../core/support/map-runner';
import { utf8 } from '../core/support/encodings';
import { firstRestored, projectViewOf } from '../../src/renderer/src/state/project-files';
import { openedViewOf, type LookOfView } from '../../src/renderer/src/state/project-view';
import { legendKeysToToggle } from '../../src/renderer/src/state/project-view-sync';

const WORDS = ['text,topic', 'кошка,животные', 'собака,животные', 'мышь,животные'];
const DEVICES = ['компьютер,техника', 'клавиатура,техника', 'монитор,техника'];

const LOOK: LookOfView = {
  coloring: { colorBy: { kind: 'column', name: 'topic' }, sizeBy: null },
  camera: { mode: '2d', centre: [0.25, -1.5], unitsPerPx: 0.0125 },
  selection: [1, 4],
  hiddenLegend: ['label:техника'],
  labelFontPx: 16,
  tools: {},
};

describe('the view in a project file', () => {
  it('comes back from a real project file exactly as saved, for the restored map', async () => {
    const core = bareCore();
    const preview = await core.openFile({
      fileName: 'words.csv',
      bytes: utf8([...WORDS, ...DEVICES].join('\n')),
    });
    const result = await mapOf(core, {
      datasetId: preview.datasetId,
      textColumn: 'text',
      labelColumn: 'topic',
      embedderId: 'tfidf-svd',
      method: 'pca',
      dims: 2,
      seed: 42,
    });
    const view = projectViewOf(result, { textColumn: 'text', labelColumn: 'topic' }, LOOK);
    const { bytes } = await core.exportProject({ mapIds: [result.mapId], view });
    const opened = await bareCore().importProject({ fileName: 'p.esproj', bytes });
    const restored = firstRestored(opened);
    expect(restored.view?.mapId).toBe(restored.result?.mapId);
    expect(restored.view?.opened).toEqual({
      kind: 'view',
      view: { version: 2, method: 'pca', dims: 2, textColumn: 'text', labelColumn: 'topic', ...LOOK },
    });
  });

  it('opens a version-1 view or none with the default look', () => {
    expect(openedViewOf({ method: 'pca', dims: 2, textColumn: 'text', labelColumn: null }, 3)).toEqual({
      kind: 'default',
    });
    expect(openedViewOf(null, 3)).toEqual({ kind: 'default' });
  });

  it('calls a malformed, newer or out-of-range view invalid, naming what is wrong', () => {
    const good = { version: 2, method: 'pca', dims: 2, textColumn: 't', labelColumn: null, ...LOOK };
    const badCamera = openedViewOf({ ...good, camera: { mode: '2d', centre: [0, 0], unitsPerPx: -1 } }, 9);
    expect(badCamera).toMatchObject({ kind: 'invalid' });
    expect(badCamera.kind === 'invalid' && badCamera.reason).toContain('camera');
    expect(openedViewOf({ ...good, version: 3 }, 9)).toMatchObject({ kind: 'invalid' });
    expect(openedViewOf({ ...good, labelFontPx: 400 }, 9)).toMatchObject({ kind: 'invalid' });
    expect(openedViewOf({ ...good, selection: [1, 9] }, 9)).toEqual({
      kind: 'invalid',
      reason: "selection: item 9 is beyond the map's 9 items",
    });
    expect(openedViewOf([1, 2], 9)).toMatchObject({ kind: 'invalid' });
    expect(openedViewOf(good, 9)).toEqual({ kind: 'view', view: good });
  });
});

describe('legendKeysToToggle', () => {
  it('toggles exactly the keys whose visibility differs from the saved view', () => {
    expect(legendKeysToToggle(new Set(), ['label:a', 'label:b'])).toEqual(['label:a', 'label:b']);
    expect(legendKeysToToggle(new Set(['label:a', 'label:c']), ['label:a', 'label:b']).sort()).toEqual([
      'label:b',
      'label:c',
    ]);
    expect(legendKeysToToggle(new Set(['label:a']), ['label:a'])).toEqual([]);
  });
});
