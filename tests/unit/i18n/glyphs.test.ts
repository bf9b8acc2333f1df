/**
 * Every symbol the UI draws is one the common system fonts have (DejaVu Sans on Linux, Segoe UI
 * Symbol on Windows, Apple's on macOS). A character none of the page's fonts holds sends the
 * browser searching every installed font before it can paint (in the popup, a long task of 60 to
 * 90 ms before the comparison showed), and where no font has it the reader sees an empty box.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');

/** Latin letters, digits and the punctuation French and English are written with (quotes, dashes, spaces). */
const TEXT = /[\u0000-\u02ff\u2000-\u206f]/u;
/** Symbols outside those blocks that DejaVu Sans, Segoe UI Symbol and Apple Symbols all hold. */
const SYMBOLS = new Set([...'←→↑↓↻≈≠≡≤≥×✓✗⚠■□●○▲▼▸▾€']);

function files(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? files(p, ext) : ext.test(d.name) ? [p] : [];
  });
}

/** The characters of `text` a font search would be needed for, with where they are. */
function unusual(text: string, where: string): string[] {
  return [...new Set(text)].filter((c) => !TEXT.test(c) && !SYMBOLS.has(c)).map((c) => `${where}: ${c}`);
}

describe('UI glyphs', () => {
  it('are all in the common system fonts (locales, components, entrypoints, styles)', () => {
    const sources = [
      ...files(path.join(ROOT, 'public/_locales'), /\.json$/),
      ...files(path.join(ROOT, 'components'), /\.(tsx?|css)$/),
      ...files(path.join(ROOT, 'entrypoints'), /\.(tsx?|css|html)$/),
    ];
    expect(sources.length).toBeGreaterThan(20);
    const found = sources.flatMap((f) => unusual(fs.readFileSync(f, 'utf8'), path.relative(ROOT, f)));
    expect(found).toEqual([]);
  });

  it('would catch a symbol no common font holds', () => {
    expect(unusual('⧉ copie', 'x')).toEqual(['x: ⧉']);
    expect(unusual('≡ copie · 12 morts « selon l’armée » – ✓', 'x')).toEqual([]);
  });
});
