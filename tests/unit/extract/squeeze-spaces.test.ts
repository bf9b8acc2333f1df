import { describe, expect, it } from 'vitest';
import { squeezeSpaces } from '../../../lib/extract/squeeze-spaces';
import { read } from './helpers';

describe('squeeze-spaces: runs of spaces read as one', () => {
  it('squeezes runs of spaces, tabs and non-breaking spaces, and maps each offset back', () => {
    const text = 'Douze  soldats\u00a0 tués\tà Boni.\n\nSuite.';
    const s = squeezeSpaces(text)!;
    expect(s.text).toBe('Douze soldats tués\tà Boni.\n\nSuite.');
    for (const word of ['soldats', 'tués', 'Boni', 'Suite']) {
      const at = s.text.indexOf(word);
      const back = s.original[at];
      expect(text.slice(back, back + word.length), word).toBe(word);
    }
    expect(s.original[s.text.length]).toBe(text.length);
  });
  it('leaves a text without runs of spaces alone, and keeps paragraph breaks', () => {
    expect(squeezeSpaces('Douze soldats tués à Boni.\n\nSuite.')).toBeNull();
    expect(squeezeSpaces('a\n\n\nb')).toBeNull();
  });
});

describe('squeeze-spaces: the same claims however the page spaced its words', () => {
  it('finds a group and a place of several words across double spaces, claims pointing into the page', () => {
    const one =
      "Le Groupe de soutien à l'islam et aux musulmans (JNIM) a revendiqué lundi l'attaque de Nioro du Sahel, qui a tué 12 soldats.";
    const two = one.replace(/ /g, '  ');
    const a = read(one, 'fr');
    const b = read(two, 'fr');
    expect(b.event.actors).toEqual(a.event.actors);
    expect(b.event.places).toEqual(['Nioro du Sahel']);
    expect(b.claims.map((c) => [c.kind, c.subject, c.min])).toEqual(
      a.claims.map((c) => [c.kind, c.subject, c.min]),
    );
    for (const c of b.claims) expect(two.slice(c.start, c.end)).toBe(c.text);
    expect(b.claims[0].text).toContain('12  soldats');
  });
});
