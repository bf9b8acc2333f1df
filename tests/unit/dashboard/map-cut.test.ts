/** The map's cut topology: what scripts/build-map.ts writes, small, and drawing exactly what the world topology draws. */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildMap, MAP_FILE } from '../../../scripts/build-map';
import { mapFrame } from '../../../lib/map';
import { cutTopology } from '../../../lib/map/cut-topology';

const require = createRequire(import.meta.url);
const world = JSON.parse(
  fs.readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
) as Topology;
const committed = fs.readFileSync(MAP_FILE, 'utf8');
const cut = JSON.parse(committed) as Topology;

describe('the cut map data', () => {
  it('is what the build script writes, and under 100 KB', () => {
    expect(committed).toBe(buildMap());
    expect(Buffer.byteLength(committed)).toBeLessThan(100 * 1024);
  });

  it('draws the same Mali and the same countries around it as the world topology', () => {
    const a = mapFrame(world, 560, 480);
    const b = mapFrame(cut, 560, 480);
    expect(b.mali).toBe(a.mali);
    expect(b.neighbours).toEqual(a.neighbours);
    expect(b.project(-3.61, 14.35)).toEqual(a.project(-3.61, 14.35));
  });

  it('keeps only the arcs of the kept shapes, reversed arcs included', () => {
    const t: Topology = {
      type: 'Topology',
      objects: {
        c: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', id: 'a', arcs: [[0, ~1]] },
            { type: 'Polygon', id: 'b', arcs: [[2, 1]] },
          ],
        },
      },
      arcs: [[[0, 0]], [[1, 1]], [[2, 2]]],
    };
    const out = cutTopology(t, 'c', (g) => g.id === 'b');
    expect(out.arcs).toEqual([[[2, 2]], [[1, 1]]]);
    expect((out.objects.c as { geometries: Array<{ arcs: unknown }> }).geometries[0].arcs).toEqual([[0, 1]]);
    const both = cutTopology(t, 'c', () => true);
    expect((both.objects.c as { geometries: Array<{ arcs: unknown }> }).geometries[0].arcs).toEqual([
      [0, ~1],
    ]);
  });
});
