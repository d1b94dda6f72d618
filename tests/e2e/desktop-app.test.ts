import { join, resolve } from 'node:path';
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORE_CALL_NAMES } from '../../src/shared/contract';
import { installedElectronBinary } from './electron-binary';

const ROOT = resolve(import.meta.dirname, '..', '..');
const binary = installedElectronBinary();
if (binary === undefined) {
  console.warn(
    'Skipping the desktop (Electron) tests: the Electron binary is not installed here. ' +
      'It downloads on the first `npm start`; the same UI is tested in Chromium by the web end-to-end test.',
  );
}

describe.skipIf(binary === undefined)('desktop app (Electron)', () => {
  let app: ElectronApplication;

  beforeAll(async () => {
    app = await electron.launch({
      executablePath: binary,
      args: [join(ROOT, 'out', 'main', 'index.js')],
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
    });
  });

  afterAll(async () => {
    await app.close();
  });

  it('opens with the bundled sample already mapped, in a sandboxed, isolated renderer', async () => {
    const page = await app.firstWindow();
    await page.waitForFunction(
      () => {
        const probe = (
          window as { embeddingStudioProbe?: { isRendered(): boolean; getPointCount(): number } }
        ).embeddingStudioProbe;
        return probe !== undefined && probe.isRendered() && probe.getPointCount() > 0;
      },
      undefined,
      { timeout: 60_000 },
    );
    const exposure = await page.evaluate(() => ({
      bridge: Object.keys((window as { embeddingStudioBridge?: object }).embeddingStudioBridge ?? {}).sort(),
      hasRequire: typeof (window as { require?: unknown }).require,
      hasProcess: typeof (window as { process?: unknown }).process,
    }));
    // One method per core call, plus the host's own messages (tests/preload/bridge-parity.test.ts).
    expect(exposure.bridge).toEqual(
      [
        ...CORE_CALL_NAMES,
        'saveFile',
        'renderPdf',
        'noteRecentDocument',
        'readRecentDocument',
        'onOpenDocument',
        'onJobEvent',
      ].sort(),
    );
    expect(exposure.hasRequire).toBe('undefined');
    expect(exposure.hasProcess).toBe('undefined');
  });

  it('refuses to navigate away or open new windows', async () => {
    const page = await app.firstWindow();
    const before = page.url();
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
      window.open('https://example.com/');
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    expect(app.windows()).toHaveLength(1);
  });
});
