// Draws the app's Teams icons and writes them as PNGs (encoded with pngjs):
//   appPackage/color.png   192x192, a white "community" glyph on the accent-coloured rounded square
//   appPackage/outline.png  32x32, the same glyph in white on transparent
// The glyph is a circle of six members joined by a ring around a hub: a community around its school.
// Run: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';

/** The accent colour of the icon and of the manifest's accentColor. */
export const ACCENT = { hex: '#1E5F8C', rgb: [0x1e, 0x5f, 0x8c] };

const SAMPLES = 4; // 4x4 samples a pixel for smooth edges

/** Encodes RGBA pixels (width*height*4 bytes, row by row) as a PNG: 8-bit, colour type 6, filter none, zlib level 9. */
export function encodePng(width, height, rgba) {
  if (rgba.length !== width * height * 4) throw new Error('Pixel buffer does not match the size');
  return PNG.sync.write({ width, height, data: rgba }, { filterType: 0, deflateLevel: 9, deflateStrategy: 0 });
}

/** Whether a point (in glyph units, centre 0,0, radius about 1) is inside the community glyph. */
export function insideGlyph(x, y, { hub, member, ring, stroke }) {
  const r = Math.hypot(x, y);
  if (r <= hub) return true;
  if (Math.abs(r - ring) <= stroke / 2) return true;
  for (let i = 0; i < 6; i++) {
    const angle = (Math.PI / 3) * i - Math.PI / 2;
    if (Math.hypot(x - ring * Math.cos(angle), y - ring * Math.sin(angle)) <= member) return true;
  }
  return false;
}

function insideRoundedSquare(x, y, size, radius) {
  const dx = Math.max(radius - x, 0, x - (size - radius));
  const dy = Math.max(radius - y, 0, y - (size - radius));
  return dx * dx + dy * dy <= radius * radius;
}

/** The share (0..1) of a pixel's samples for which the test holds. */
function coverage(px, py, test) {
  let hits = 0;
  for (let i = 0; i < SAMPLES; i++) {
    for (let j = 0; j < SAMPLES; j++) {
      if (test(px + (i + 0.5) / SAMPLES, py + (j + 0.5) / SAMPLES)) hits++;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

/** The 192x192 colour icon: white glyph (inside the 120px safe area) on a full-bleed accent rounded square. */
export function renderColorIcon() {
  const size = 192;
  const scale = 60; // glyph unit in pixels: the glyph spans about 2 x 0.98 units = 118 px
  const shape = { hub: 0.24, member: 0.2, ring: 0.78, stroke: 0.09 };
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const background = coverage(x, y, (sx, sy) => insideRoundedSquare(sx, sy, size, 40));
      const glyph = coverage(x, y, (sx, sy) => insideGlyph((sx - 96) / scale, (sy - 96) / scale, shape));
      const o = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) pixels[o + c] = Math.round(ACCENT.rgb[c] + (255 - ACCENT.rgb[c]) * glyph);
      pixels[o + 3] = Math.round(255 * background);
    }
  }
  return encodePng(size, size, pixels);
}

/** The 32x32 outline icon: the glyph in white, everything else fully transparent (white with alpha 0). */
export function renderOutlineIcon() {
  const size = 32;
  const scale = 14; // glyph unit in pixels: the glyph spans about 28 px
  const shape = { hub: 0.27, member: 0.21, ring: 0.76, stroke: 0.11 };
  const pixels = Buffer.alloc(size * size * 4, 255);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const glyph = coverage(x, y, (sx, sy) => insideGlyph((sx - 16) / scale, (sy - 16) / scale, shape));
      pixels[(y * size + x) * 4 + 3] = Math.round(255 * glyph);
    }
  }
  return encodePng(size, size, pixels);
}

/** Writes color.png and outline.png into the given app package folder. */
export function writeIcons(appPackageDir) {
  writeFileSync(path.join(appPackageDir, 'color.png'), renderColorIcon());
  writeFileSync(path.join(appPackageDir, 'outline.png'), renderOutlineIcon());
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const appPackageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'appPackage');
  writeIcons(appPackageDir);
  console.log(`Wrote ${path.join(appPackageDir, 'color.png')} and outline.png`);
}
