import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

type Arcs = number | Arcs[];

/**
 * A topology with only the geometries of `object` that `keep` accepts, and
 * only the arcs they use (renumbered; a negative index ~i still means arc i
 * reversed). Other objects are dropped.
 */
export function cutTopology(
  topology: Topology,
  object: string,
  keep: (g: GeometryObject) => boolean,
): Topology {
  const source = topology.objects[object] as GeometryCollection;
  const geometries = source.geometries.filter(keep);
  const index = new Map<number, number>();
  const arcs: Topology['arcs'] = [];
  const renumber = (a: Arcs): Arcs => {
    if (Array.isArray(a)) return a.map(renumber);
    const i = a < 0 ? ~a : a;
    let n = index.get(i);
    if (n === undefined) {
      n = arcs.length;
      index.set(i, n);
      arcs.push(topology.arcs[i]);
    }
    return a < 0 ? ~n : n;
  };
  const cut = geometries.map((g) =>
    'arcs' in g ? ({ ...g, arcs: renumber(g.arcs as Arcs) } as GeometryObject) : g,
  );
  return {
    type: 'Topology',
    ...(topology.transform ? { transform: topology.transform } : {}),
    ...(topology.bbox ? { bbox: topology.bbox } : {}),
    objects: { [object]: { type: 'GeometryCollection', geometries: cut } },
    arcs,
  } as Topology;
}
