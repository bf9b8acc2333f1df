/**
 * The store: the extension's own IndexedDB (opened only by extension pages,
 * never by a content script), through idb. (Placeholder signatures: the store
 * work fills them in; callers code against these names.)
 */
import type { Article, MatchReason, Report, SavedReport, StoredEvent } from '../types';

export interface Store {
  close(): void;
}

export interface SaveResult {
  saved: SavedReport;
  /** false when the URL was already stored and this save updated it. */
  created: boolean;
  /** The events the report is now linked to (one per incident). */
  events: StoredEvent[];
}

export interface EventMatch {
  event: StoredEvent;
  reason: MatchReason;
  /** The saved reports linked to the event (not including the current article's URL). */
  reports: SavedReport[];
}

/** Opens (creating or upgrading) the database. `factory` lets tests pass fake-indexeddb. */
export async function openStore(_name = 'mali-crosscheck', _factory?: IDBFactory): Promise<Store> {
  throw new Error('not implemented');
}

/** The saved report for a canonical URL, if any. */
export async function getReport(_store: Store, _url: string): Promise<SavedReport | undefined> {
  throw new Error('not implemented');
}

/** Saves (or updates) a report and links it to its events, in one transaction. */
export async function saveReport(_store: Store, _article: Article, _report: Report): Promise<SaveResult> {
  throw new Error('not implemented');
}

/** Stored events that are the same attack as one of the report's incidents, through the indexes. */
export async function matchEvents(_store: Store, _article: Article, _report: Report): Promise<EventMatch[]> {
  throw new Error('not implemented');
}

/** Unlinks a saved report from an event it was wrongly matched to. */
export async function unlinkReport(_store: Store, _eventId: string, _url: string): Promise<void> {
  throw new Error('not implemented');
}
