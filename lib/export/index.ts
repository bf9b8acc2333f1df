export * from './export-data';
export { buildExportFile, exportJson, exportJsonInBatches } from './export-json';
export { claimsCsv, claimsCsvInBatches, CLAIM_COLUMNS, correctionsByUrl, newestFirst } from './claims-csv';
export { acledCsv, ACLED_COLUMNS } from './acled-csv';
export { eventsGeoJson, type EventFeature, type EventFeatureCollection } from './geojson';
export { guardCell } from './csv-cell';
export { conservativeFatalities } from './fatalities';
export { compareEvent, conflictCount } from './event-comparison';
export { eventPlaces, type LocatedPlace } from './event-places';
export { eventViews, type EventView } from './event-views';
export { incidentForEvent, claimsOfIncident } from './event-incident';
export {
  parseImport,
  validateImport,
  checkClaim,
  IMPORT_LIMITS,
  type ImportCheck,
  type Rejected,
} from './validate-import';
