/** Sizes and ranges of stored fields (no validator here: the content script imports these). */
export const SIZE = {
  url: 4096,
  title: 1000,
  outlet: 300,
  byline: 500,
  published: 64,
  lang: 35,
  text: 2_000_000,
  paragraphs: 20_000,
  claims: 5_000,
  claimText: 10_000,
  source: 1_000,
  name: 500,
  id: 200,
  list: 10_000,
  reportsPerEvent: 100_000,
  incidents: 100,
  signature: 1_024,
} as const;

/**
 * The largest figure a claim may hold: any whole number JSON keeps exactly
 * (Number.MAX_SAFE_INTEGER), so a figure of 10⁹ or more entered in a
 * correction survives export → import.
 */
export const MAX_FIGURE = Number.MAX_SAFE_INTEGER;

/** Extractor versions a saved report may name (the extractor counts from 1). */
export const MAX_EXTRACTOR_VERSION = 10_000;
