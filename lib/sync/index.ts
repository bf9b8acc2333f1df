/**
 * The team sync: the store's outbox → a PouchDB replica ⇄ the team's
 * CouchDB database → the store. See docs.ts for the documents and
 * README.md ("A team server") for the server's set-up.
 */
export {
  syncNow,
  readStatus,
  pendingChanges,
  type SyncRun,
  type SyncStatus,
  type SyncTarget,
} from './sync-now';
export { flushOutbox } from './flush-outbox';
export { applyChanges, lastSeq } from './apply-changes';
export { chooseVersion, listConflicts } from './choose-version';
export { parseServerUrl, type TeamServer, type ServerUrlCheck } from './server-url';
export {
  signIn,
  signOut,
  currentSession,
  syncErrorCode,
  type SyncErrorCode,
  type FetchLike,
} from './session';
export { checkDoc, type TeamDoc } from './docs';
export type { ReplicaDB } from './replica';
export { DESIGN_DOC, VALIDATE_DOC_UPDATE } from './server-design';
