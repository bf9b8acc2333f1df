import { describe, expect, it } from 'vitest';
import { pairedWith } from '../../../lib/extract/force-pairs';
import { tokenize } from '../../../lib/extract/tokens';
import { read } from './helpers';

const actors = (text: string, lang = 'en') => read(text, lang).event.actors;

describe('force-pairs: forces named together act together', () => {
  it('pairs over "et", fillers and a repeated preposition, not over other words', () => {
    const gap = (words: string) => {
      const t = tokenize(words);
      return pairedWith(t, 0, t.length);
    };
    expect(gap('et ses supplétifs russes')).toBe(true);
    expect(gap('et à ses alliés')).toBe(true);
    expect(gap('and by')).toBe(true);
    expect(gap('ont attaqué')).toBe(false);
    // A preposition that does not follow the coordination is no repetition.
    expect(gap('à et')).toBe(false);
  });
  it('names every force of a list of three, over a militia’s own noun', () => {
    expect(
      actors(
        'Malian soldiers, Dozo militiamen and Wagner mercenaries killed at least 30 civilians in Boni on Monday.',
      ),
    ).toEqual(['FAMa', 'Dozo', 'Africa Corps']);
    expect(
      actors(
        'Des soldats maliens, des chasseurs dozos et des mercenaires russes ont tué au moins 30 civils lundi à Boni.',
        'fr',
      ),
    ).toEqual(['FAMa', 'Dozo', 'Africa Corps']);
  });
  it('does not pair a speaker with the group that acted', () => {
    expect(
      actors('Selon les FAMa, des jihadistes du JNIM ont tué au moins 30 civils lundi à Boni.', 'fr'),
    ).toEqual(['JNIM']);
  });
});
