/**
 * The store: the extension's own IndexedDB (opened only by extension pages,
 * never by a content script), through idb. One schema (schema.ts), small
 * named queries; failures arrive as StoreError.
 */
export { openStore, openDatabase, type Store } from './open-store';
export { saveReport, type SaveResult, type SaveOptions } from './save-report';
export { matchEvents, type EventMatch } from './match-events';
export { getReport, getEvent, getEventReports, listEvents, countReports, countEvents } from './queries';
export { unlinkReport, deleteReport, deleteEvent } from './delete';
export { StoreError, toStoreError, type StoreErrorCode } from './store-error';
export { DB_NAME, DB_VERSION, type CrosscheckDB } from './schema';
