import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../lib/places';
import { arabicSkeleton, latinSkeleton } from '../../../lib/places/arabic-names';

const names = (text: string) => findPlaces(text, 'en').map((m) => [m.name, m.place.canonical]);

describe('Malian places written in Arabic script that the gazetteer has only in Latin script', () => {
  it('reduces both scripts to the same consonant skeleton', () => {
    expect(arabicSkeleton('تاركينت')).toBe('trknt');
    expect(latinSkeleton('Tarkint')).toBe('trknt');
    expect(arabicSkeleton('بوني')).toBe(latinSkeleton('Boni'));
    expect(latinSkeleton('Boulkessi')).toBe(latinSkeleton('Boulikessi'));
    expect(arabicSkeleton('Tarkint')).toBe('');
  });
  it('finds the place after "in", a camp or a village, also with the proclitic "in"', () => {
    expect(names('هاجم مسلحون معسكرا للجيش في تاركينت يوم الخميس')).toEqual([['تاركينت', 'Tarkint']]);
    expect(names('قتل اثنا عشر جنديا بتاركينت')).toEqual([['تاركينت', 'Tarkint']]);
    expect(names('انفجر لغم قرب قرية بوني في وسط البلاد')).toEqual([['بوني', 'Boni']]);
  });
  it('does not read a word as a place without a place word before it, nor a short name after "in"', () => {
    expect(names('تاركينت هاجم مسلحون')).toEqual([]);
    expect(names('قتل شخصان في بوني')).toEqual([]);
  });
  it('does not read a word of the vocabulary as a place, whatever its skeleton', () => {
    // "بنيران" (by the fire of), "بالقرب" (near), "في ثلاث" (in three), "في مكان" (in a place).
    expect(names('قتل جنديان بنيران مسلحين')).toEqual([]);
    expect(names('انفجر لغم بالقرب من معسكر للجيش')).toEqual([]);
    expect(names('هاجم مسلحون في ثلاث قرى')).toEqual([]);
    expect(names('عثر على الجثث في مكان الهجوم')).toEqual([]);
    expect(names('هاجم مسلحون معسكرا للجيش في تاركينت')).toEqual([['تاركينت', 'Tarkint']]);
  });
  it('reads a name in two words, ج as the g of a transcription, and a name whose first letter is "ب"', () => {
    expect(names('هاجم مسلحون معسكرا للجيش في تين زاواتين يوم الخميس')).toEqual([
      ['تين زاواتين', 'Tinzaouaten'],
    ]);
    expect(arabicSkeleton('بانديجارا')).toBe(latinSkeleton('Bandiagara'));
    expect(names('هاجم مسلحون قرية في بانديجارا يوم الخميس')).toEqual([['بانديجارا', 'Bandiagara']]);
    // The proclitic "in" before a name still reads as "in".
    expect(names('قتل اثنا عشر جنديا بتاركينت')).toEqual([['تاركينت', 'Tarkint']]);
  });
});
