import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readPng } from './support/png-reader';
import { ROOT } from './support/ship-files';

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'appPackage', 'manifest.json'), 'utf8'));
const icon = (name: string) => readPng(readFileSync(path.join(ROOT, 'appPackage', name)));

function pixels(rgba: Buffer): Array<[number, number, number, number]> {
  const out: Array<[number, number, number, number]> = [];
  for (let i = 0; i < rgba.length; i += 4)
    out.push([rgba[i] ?? 0, rgba[i + 1] ?? 0, rgba[i + 2] ?? 0, rgba[i + 3] ?? 0]);
  return out;
}

describe('the app icons', () => {
  it('are the PNG files the manifest names', () => {
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
  });

  it('has a 192x192 colour icon with an alpha channel, in the accent colour with a white glyph', () => {
    const color = icon('color.png');
    expect([color.width, color.height, color.bitDepth]).toEqual([192, 192, 8]);
    expect([4, 6]).toContain(color.colorType);
    expect(color.colorType).toBe(6); // the colour icon has colour

    const all = pixels(color.rgba);
    const accent = (manifest.accentColor as string).match(/[0-9a-f]{2}/gi)?.map((h) => Number.parseInt(h, 16));
    const opaque = all.filter(([, , , a]) => a === 255);
    expect(opaque.length).toBeGreaterThan(0.9 * all.length);
    expect(opaque.filter(([r, g, b]) => [r, g, b].join() === accent?.join()).length).toBeGreaterThan(0.5 * all.length);
    expect(opaque.filter(([r, g, b]) => r === 255 && g === 255 && b === 255).length).toBeGreaterThan(0.05 * all.length);
    // the glyph's hub sits in the middle
    expect(all[96 * 192 + 96]).toEqual([255, 255, 255, 255]);
  });

  it('has a 32x32 outline icon that is only white and transparent', () => {
    const outline = icon('outline.png');
    expect([outline.width, outline.height, outline.bitDepth]).toEqual([32, 32, 8]);
    expect([4, 6]).toContain(outline.colorType);

    const all = pixels(outline.rgba);
    const notWhiteNorTransparent = all.filter(([r, g, b, a]) => a !== 0 && !(r === 255 && g === 255 && b === 255));
    expect(notWhiteNorTransparent).toEqual([]);
    expect(all.filter(([, , , a]) => a === 0).length).toBeGreaterThan(0.3 * all.length);
    expect(all.filter(([, , , a]) => a === 255).length).toBeGreaterThan(0.1 * all.length);
  });
});
