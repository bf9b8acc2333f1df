export { MALI_ID, NEIGHBOUR_IDS, maliShapes } from './mali-shapes';
export { mapFrame, type MapFrame } from './map-frame';
export { layoutMarkers, markerRadius, type Marker, type MarkerInput } from './markers';
export { regionCapitals, type MapLabel } from './region-capitals';
