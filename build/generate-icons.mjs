#!/usr/bin/env node
// Renders resources/icons/icon.svg into build/icons/<size>x<size>.png, the sizes electron-builder reads: the
// Linux icon set as is, and the largest for the Windows .ico and macOS .icns it derives itself. The PNGs are
// committed (so packaging needs no image tools); run this after editing the SVG:
//   node build/generate-icons.mjs
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';

const ROOT = resolve(import.meta.dirname, '..');
/** Sizes in pixels: 16–48 for menus and task bars, 256 for Windows, 512 and 1024 for macOS and AppImage. */
export const ICON_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];

const source = join(ROOT, 'resources', 'icons', 'icon.svg');
const folder = join(ROOT, 'build', 'icons');
mkdirSync(folder, { recursive: true });
for (const size of ICON_SIZES) {
  // density scales the 512-unit view box so even 1024 px is rasterised sharply rather than upscaled.
  await sharp(source, { density: Math.ceil((72 * size) / 512) + 72 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(join(folder, `${size}x${size}.png`));
}
console.log(`Wrote ${ICON_SIZES.length} icons to build/icons.`);
