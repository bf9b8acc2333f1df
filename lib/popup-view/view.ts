/**
 * What the popup shows for a page, as plain data (it crosses a runtime message from the
 * background to the popup). This module imports no code, so the popup's UI can use it without
 * loading the extractor or the store.
 */
import type { Unreadable } from '../article/page-support';
import type { MessageError } from '../messages';
import type { StoreErrorCode } from '../store/store-error';
import type { Article, EventComparison, FigureStatus, Report, ReportStatus } from '../types';
import type { EventMatch } from '../store/match-events';

/** Reports of an attack in Mali, with or without figures: they can be saved and compared. */
export const SAVABLE: ReadonlySet<ReportStatus> = new Set<ReportStatus>(['ok', 'no-claims']);

/** A store failure: its code when the store said why, else the error's own words. */
export interface StoreFailure {
  code?: StoreErrorCode;
  message: string;
}

/** A StoreError (told by its name and code, without loading the store's code), or any error. */
export function storeFailure(err: unknown): StoreFailure {
  const message = err instanceof Error ? err.message : String(err);
  const code =
    err instanceof Error && err.name === 'StoreError' ? (err as { code?: unknown }).code : undefined;
  return code === 'quota' || code === 'blocked' || code === 'unknown' ? { code, message } : { message };
}

export interface ShownMatch {
  match: EventMatch;
  comparison: EventComparison;
  outlets: Record<string, string>;
}

export interface Comparison {
  matches: ShownMatch[];
  /** Each claim's status over the matched events; undefined when nothing matched. */
  statuses?: FigureStatus[];
}

export interface ReportView {
  state: 'report';
  tabId: number;
  article: Article;
  /** What the popup shows: the machine's report with the user's saved corrections. */
  report: Report;
  /** What gets saved. */
  machine: Report;
  /** Whether a report is saved under this address; undefined until the store was read, or when it failed. */
  saved?: 'stored' | 'new';
  /** The report saved under this address came from another page: its outlet and address. */
  savedFrom?: { outlet: string; url: string };
  /** Undefined until compared, or when the report is not savable or the store failed. */
  comparison?: Comparison;
  storeError?: StoreFailure;
}

export type PreparedView =
  /** The browser does not let the extension read this tab (its address, or the injection refused). */
  | { state: 'refused'; reason: Unreadable }
  /** The content script could not read an article (its error code: too-large, no-article…). */
  | { state: 'not-read'; code: MessageError['code']; message: string }
  /** It answered something that is not an article. */
  | { state: 'invalid'; message: string }
  | ReportView;

/** The background's view of the tab whose toolbar button was clicked, handed to the popup. */
export interface HandedView {
  /** When the button was clicked (ms since the epoch): the e2e run measures the popup from it too. */
  clickedAt: number;
  view: PreparedView;
}

/** The popup asks the background for the view the click started: its claims, then all of it. */
export interface TakeHanded {
  type: 'take-handed';
  part: 'claims' | 'full';
}

export function isTakeHanded(msg: unknown): msg is TakeHanded {
  const m = msg as Partial<TakeHanded> | null;
  return !!m && m.type === 'take-handed' && (m.part === 'claims' || m.part === 'full');
}

/** A handed view as it arrives: from the extension's own background, but its shape is checked. */
export function parseHanded(value: unknown): HandedView | null {
  const v = value as Partial<HandedView> | null;
  if (!v || typeof v !== 'object' || typeof v.clickedAt !== 'number') return null;
  const view = v.view as { state?: unknown } | undefined;
  const states = ['refused', 'not-read', 'invalid', 'report'];
  return view && typeof view === 'object' && states.includes(view.state as string) ? (v as HandedView) : null;
}
