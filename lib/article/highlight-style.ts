import type { FigureStatus } from '../types';

/** Highlight names in CSS.highlights, one per status. */
export const HIGHLIGHT_NAMES: Record<FigureStatus, string> = {
  agree: 'mali-crosscheck-agree',
  conflict: 'mali-crosscheck-conflict',
  variant: 'mali-crosscheck-variant',
  revised: 'mali-crosscheck-revised',
  single: 'mali-crosscheck-single',
};

/** Colours of a highlighted claim: also told apart by the underline, not by colour alone. */
export const HIGHLIGHT_COLORS: Record<FigureStatus, { background: string; line: string; style: string }> = {
  agree: { background: 'rgba(46, 160, 67, 0.28)', line: '#1a7f37', style: 'solid' },
  conflict: { background: 'rgba(255, 80, 60, 0.32)', line: '#cf222e', style: 'wavy' },
  variant: { background: 'rgba(84, 174, 255, 0.25)', line: '#0969da', style: 'dashed' },
  revised: { background: 'rgba(175, 184, 193, 0.35)', line: '#57606a', style: 'double' },
  single: { background: 'rgba(255, 200, 0, 0.35)', line: '#9a6700', style: 'dotted' },
};

/** The stylesheet for both methods: ::highlight() for CSS highlights, classes for <mark>. */
export const HIGHLIGHT_CSS = (Object.keys(HIGHLIGHT_NAMES) as FigureStatus[])
  .map((s) => {
    const c = HIGHLIGHT_COLORS[s];
    const rule = `background-color: ${c.background}; text-decoration: underline ${c.style} ${c.line} 2px; color: inherit;`;
    return `::highlight(${HIGHLIGHT_NAMES[s]}) { ${rule} }\nmark.${HIGHLIGHT_NAMES[s]} { ${rule} padding: 0; }`;
  })
  .join('\n');
