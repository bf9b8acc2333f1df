/**
 * Normalises article text to paragraphs separated by one blank line and
 * returns each paragraph's [start, end) offsets, so claims can point at
 * their place in the text.
 */
export function splitParagraphs(raw: string): { text: string; paragraphs: Array<[number, number]> } {
  const parts = raw
    .replace(/\r\n?/g, '\n')
    .split(/\n/)
    .map((p) => p.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((p) => p.length > 0);
  const paragraphs: Array<[number, number]> = [];
  let text = '';
  for (const p of parts) {
    if (text) text += '\n\n';
    paragraphs.push([text.length, text.length + p.length]);
    text += p;
  }
  return { text, paragraphs };
}
