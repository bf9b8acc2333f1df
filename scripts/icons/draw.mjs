/**
 * Draws the toolbar icon (public/icons/icon.svg: same shapes, same 128-unit
 * space) into RGBA pixels and encodes them as PNG, in plain Node (zlib): no
 * native renderer to install. 4×4 samples per pixel smooth the edges.
 */
import zlib from 'node:zlib';

const GREEN = [0x14, 0xa4, 0x4d];
const GOLD = [0xfc, 0xd1, 0x16];
const RED = [0xce, 0x11, 0x26];
const DISC = [0x1b, 0x2a, 0x3a];
const WHITE = [0xff, 0xff, 0xff];
const CHECK = [
  [44, 66],
  [58, 80],
  [86, 50],
];

function inRoundRect(x, y, size = 128, r = 24) {
  const cx = Math.min(Math.max(x, r), size - r);
  const cy = Math.min(Math.max(y, r), size - r);
  return x >= 0 && y >= 0 && x <= size && y <= size && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The colour at a point of the 128-unit drawing, or null outside it. */
export function colourAt(x, y) {
  if (!inRoundRect(x, y)) return null;
  let c = x < 43 ? GREEN : x < 85 ? GOLD : RED;
  if ((x - 64) ** 2 + (y - 64) ** 2 <= 38 * 38) c = DISC;
  if (segmentDistance(x, y, CHECK[0], CHECK[1]) <= 6 || segmentDistance(x, y, CHECK[1], CHECK[2]) <= 6)
    c = WHITE;
  return c;
}

/** RGBA pixels of the icon at `size` × `size`. */
export function drawIcon(size) {
  const px = new Uint8Array(size * size * 4);
  const n = 4;
  const scale = 128 / size;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt((x + (sx + 0.5) / n) * scale, (y + (sy + 0.5) / n) * scale);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a++;
        }
      const i = (y * size + x) * 4;
      if (a) [px[i], px[i + 1], px[i + 2]] = [Math.round(r / a), Math.round(g / a), Math.round(b / a)];
      px[i + 3] = Math.round((255 * a) / (n * n));
    }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An RGBA image as PNG bytes (8-bit, colour type 6, no filter). */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const ICON_SIZES = [16, 32, 48, 128];
