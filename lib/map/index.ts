export { MALI_ID, NEIGHBOUR_IDS, maliShapes } from './mali-shapes';
export { mapFrame, type MapFrame } from './map-frame';
export {
  groupMarkers,
  layoutMarkers,
  markerRadius,
  type Marker,
  type MarkerGroup,
  type MarkerInput,
} from './markers';
export { regionCapitals, type MapLabel } from './region-capitals';
