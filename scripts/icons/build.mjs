/** Writes public/icons/icon-<size>.png from the drawing (npm run icons). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drawIcon, encodePng, ICON_SIZES } from './draw.mjs';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public/icons');
for (const size of ICON_SIZES) {
  const file = path.join(dir, `icon-${size}.png`);
  fs.writeFileSync(file, encodePng(size, size, drawIcon(size)));
  console.log(file);
}
