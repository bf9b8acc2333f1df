/** The icon PNGs: drawn by scripts/icons from the SVG's shapes, and the committed files are that drawing. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JS build script, no types
import { drawIcon, encodePng, ICON_SIZES } from '../../../scripts/icons/draw.mjs';

const ROOT = path.resolve(__dirname, '../../..');

/** Width, height and RGBA pixels of an unfiltered 8-bit RGBA PNG (what encodePng writes). */
function decode(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let o = 8; o < png.length;) {
    const len = png.readUInt32BE(o);
    if (png.toString('ascii', o + 4, o + 8) === 'IDAT') idat.push(png.subarray(o + 8, o + 8 + len));
    o += len + 12;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const px = (x: number, y: number) => {
    const i = y * (width * 4 + 1) + 1 + x * 4;
    return [...raw.subarray(i, i + 4)];
  };
  return { width, height, px };
}

describe('icons', () => {
  it.each([16, 32, 48, 128])('icon-%i.png is the drawing at that size', (size) => {
    const file = fs.readFileSync(path.join(ROOT, `public/icons/icon-${size}.png`));
    expect(file.equals(encodePng(size, size, drawIcon(size)))).toBe(true);
    const { width, height, px } = decode(file);
    expect([width, height]).toEqual([size, size]);
    expect(px(0, 0)[3]).toBe(0); // rounded corner: transparent
    expect(px(Math.floor(size / 2), 1)).toEqual([0xfc, 0xd1, 0x16, 255]); // the gold band, top middle
  });

  it('draws the white check mark on the dark disc', () => {
    const { px } = decode(encodePng(128, 128, drawIcon(128)));
    expect(px(58, 79)).toEqual([255, 255, 255, 255]);
    expect(px(64, 40)).toEqual([0x1b, 0x2a, 0x3a, 255]);
    expect(px(5, 64)).toEqual([0x14, 0xa4, 0x4d, 255]);
    expect(ICON_SIZES).toEqual([16, 32, 48, 128]);
  });

  it('are declared in the manifest and the SVG source is in the repo', () => {
    const config = fs.readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8');
    expect(config).toMatch(/icons: ICONS/);
    expect(fs.readFileSync(path.join(ROOT, 'public/icons/icon.svg'), 'utf8')).toMatch(
      /<svg[^>]*viewBox="0 0 128 128"/,
    );
  });
});
