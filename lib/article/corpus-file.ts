import type { Article } from '../types';
import { splitParagraphs } from './paragraphs';

/**
 * Reads an article in the corpus format (../shared/corpus/SCHEMA.md): `key: value`
 * header lines, a line `---`, then the article text as published.
 */
export function parseCorpusFile(content: string, file: string): Article {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const sep = lines.findIndex((l) => l.trim() === '---');
  if (sep < 0) throw new Error('no "---" line between the header and the text');
  const header = new Map<string, string>();
  for (const line of lines.slice(0, sep)) {
    const m = /^\s*([A-Za-z_-]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (m) header.set(m[1].toLowerCase(), m[2]);
  }
  const { text, paragraphs } = splitParagraphs(lines.slice(sep + 1).join('\n'));
  const url = header.get('url') ?? `file:${file}`;
  const firstLine = text.slice(0, paragraphs[0]?.[1] ?? 0).trim();
  return {
    url,
    canonicalUrl: url,
    title: header.get('title') ?? firstLine.slice(0, 200),
    outlet: header.get('outlet') ?? hostOf(url) ?? file,
    byline: null,
    published: header.get('published') ?? null,
    lang: header.get('lang') ?? null,
    text,
    paragraphs,
  };
}

function hostOf(url: string): string | null {
  try {
    const host = new URL(url).hostname;
    return host ? host.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}
