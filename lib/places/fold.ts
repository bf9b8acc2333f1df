/**
 * Name folding: the one key every spelling of a place is indexed and compared by.
 */

/** Lower case, no accents, no punctuation: "Ménaka" → "menaka", "N'Débougou" → "n debougou".
 * Letters of other scripts are kept ("باماكو" stays), so Arabic names can be looked up too. */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The folded name with its separators removed: "Tin-Essako" and "Tinessako" meet here. */
export function joinedKey(s: string): string {
  return foldName(s).replace(/ /g, '');
}

/**
 * A spelling-independent key for names transcribed from Bambara, Fulfulde, Tamasheq or Songhay by
 * French and English writers: ou/u/w, y/i, k/c/q, dj/j, gh/g, doubled letters, a final mute e.
 * "Boulkessi" → "bulkesi", "Gogoui" → "gogi", "Tombouctou" → "tombuktu".
 */
export function phoneticKey(s: string): string {
  let k = joinedKey(s);
  k = k
    .replace(/ou/g, 'u')
    .replace(/w/g, 'u')
    .replace(/y/g, 'i')
    .replace(/dj/g, 'j')
    .replace(/tch/g, 'ch')
    .replace(/sh/g, 'ch')
    .replace(/qu/g, 'k')
    .replace(/gu(?=[ei])/g, 'g')
    .replace(/c(?=[ei])/g, 's')
    .replace(/[cq]/g, 'k')
    .replace(/([gkrtp])h/g, '$1')
    .replace(/(.)\1+/g, '$1');
  if (k.length > 3) k = k.replace(/e$/, '');
  return k;
}
