/**
 * Cuts world-atlas's countries-50m topology (756 KB) down to the countries the
 * dashboard's map draws — Mali and those around it (lib/map/mali-shapes.ts) —
 * keeping only their arcs: lib/map/data/sahel-50m.json. `npm run map`; a unit
 * test checks the committed file is what this writes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { cutTopology } from '../lib/map/cut-topology';
import { maliShapes } from '../lib/map/mali-shapes';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const MAP_FILE = path.join(ROOT, 'lib/map/data/sahel-50m.json');

export function buildMap(): string {
  const world = JSON.parse(
    fs.readFileSync(path.join(ROOT, 'node_modules/world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology;
  const { mali, neighbours } = maliShapes(world);
  const keep = new Set([mali, ...neighbours].map((f) => String(f.id)));
  const cut = cutTopology(world, 'countries', (g) => keep.has(String(g.id)));
  return `${JSON.stringify(cut)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(MAP_FILE, buildMap());
  console.log(`${MAP_FILE}: ${Math.round(fs.statSync(MAP_FILE).size / 1024)} KB`);
}
