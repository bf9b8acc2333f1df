import { t } from '../i18n';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Topology } from 'topojson-specification';
import { groupMarkers, mapFrame, regionCapitals, type MapFrame, type MarkerInput } from '@/lib/map';

const W = 560;
const H = 480;

/** The outline data is large: loaded after the timeline, from the extension's own files (no network). */
let frameOnce: Promise<MapFrame> | null = null;
function loadFrame(): Promise<MapFrame> {
  frameOnce ??= import('@/lib/map/data/sahel-50m.json').then((m) =>
    mapFrame((m.default ?? m) as unknown as Topology, W, H),
  );
  return frameOnce;
}

export type MapPoint = MarkerInput & { place: string };

export interface EventMapProps {
  points: MapPoint[];
  /** Load the outline only once this is true (after the timeline is on screen). */
  active: boolean;
  onOpen(id: string): void;
  /** Several events at one place: show them (filter the timeline by the place). */
  onPlace(place: string): void;
}

/** Mali and its neighbours, region capitals, and the events: size by reports, red when outlets conflict. */
export function EventMap({ points, active, onOpen, onPlace }: EventMapProps) {
  const [frame, setFrame] = useState<MapFrame | null>(null);
  useEffect(() => {
    if (!active) return;
    let live = true;
    loadFrame().then((f) => live && setFrame(f));
    return () => {
      live = false;
    };
  }, [active]);
  const markers = useMemo(() => (frame ? groupMarkers(points, frame.project, frame) : []), [frame, points]);
  const capitals = useMemo(
    () =>
      frame
        ? regionCapitals()
            .map((c) => ({ ...c, p: frame.project(c.lon, c.lat) }))
            .filter((c) => c.p)
        : [],
    [frame],
  );
  return (
    <figure class="event-map" data-testid="map">
      {frame ? (
        <svg
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-label={t('map_aria', points.length)}
          data-markers={markers.length}
          data-events={points.length}
        >
          <rect width={W} height={H} class="sea" />
          {frame.neighbours.map((n) => (
            <path key={n.id} d={n.d} class="neighbour">
              <title>{n.name}</title>
            </path>
          ))}
          <path d={frame.mali} class="mali" />
          {capitals.map((c) => (
            <g key={c.name} class="capital" transform={`translate(${c.p![0]},${c.p![1]})`}>
              <rect x={-2} y={-2} width={4} height={4} />
              <text x={5} y={4}>
                {c.name}
              </text>
            </g>
          ))}
          {markers.map((m) => (
            <circle
              key={m.id}
              cx={m.x}
              cy={m.y}
              r={m.r}
              class={`marker${m.conflict ? ' conflict' : ''}`}
              data-event-id={m.id}
              data-events={m.events.length}
              tabIndex={0}
              role="button"
              aria-label={m.label}
              onClick={() => (m.events.length === 1 ? onOpen(m.id) : onPlace(m.place))}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  if (m.events.length === 1) onOpen(m.id);
                  else onPlace(m.place);
                }
              }}
            >
              <title>{m.label}</title>
            </circle>
          ))}
        </svg>
      ) : (
        <p class="loading">{t('map_loading')}</p>
      )}
      <figcaption>
        <span class="key key-agree" />
        {t('map_key_events')}
        <span class="key key-conflict" />
        {t('map_key_conflict')}
      </figcaption>
    </figure>
  );
}
