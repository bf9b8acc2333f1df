import { describe, expect, it } from 'vitest';
import { distanceKm, foldName, lookupPlace, nameSimilarity, placeKey, samePlace } from '../../../lib/places';

describe('nameSimilarity', () => {
  it.each([
    ['Diboli', 'Binoli'],
    ['Sandare', 'Sandere'],
    ['Gogui', 'Gogoui'],
    ['Boulkessi', 'Boulikessi'],
    ['Mondoro', 'Mondora'],
    ['Tombouctou', 'Timbouctou'],
    ['Faladié', 'Faladie'],
    ['Tin-Essako', 'Tinessako'],
  ])('%s ~ %s ≥ 0.8', (a, b) => {
    expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(0.8);
  });

  it.each([
    ['Kayes', 'Gao'],
    ['Tessit', 'Mondoro'],
    ['Bamako', 'Banamba'],
    ['Kidal', 'Kita'],
    ['Ménaka', 'Mopti'],
  ])('%s ≁ %s < 0.7', (a, b) => {
    expect(nameSimilarity(a, b)).toBeLessThan(0.7);
  });

  it('is 1 for one folded name and symmetric', () => {
    expect(nameSimilarity('Ségou', 'SEGOU')).toBe(1);
    expect(nameSimilarity('Diboli', 'Binoli')).toBe(nameSimilarity('Binoli', 'Diboli'));
  });
});

describe('lookupPlace', () => {
  it('finds a place by any of its spellings', () => {
    const ids = ['Tombouctou', 'Timbuktu', 'TOMBOUCTOU', 'تمبكتو'].map((n) => lookupPlace(n)?.id);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toBeTruthy();
    expect(lookupPlace('Boulikessi')?.canonical).toBe('Boulkessi');
    expect(lookupPlace('Mondora')?.canonical).toBe('Mondoro');
    expect(lookupPlace('Nioro-du-Sahel')?.country).toBe('ML');
  });

  it('keeps the spelling asked for as the name', () => {
    expect(lookupPlace('Gogoui')).toMatchObject({ name: 'Gogoui', canonical: 'Gogui', country: 'ML' });
  });

  it('finds an unseen spelling by its sound when only one place sounds so', () => {
    expect(lookupPlace('Bulkesi')?.canonical).toBe('Boulkessi');
    expect(lookupPlace('Bulkesi')?.name).toBe('Bulkesi');
  });

  it('finds regions and cercles', () => {
    expect(lookupPlace('région de Kayes')?.type).toBe('region');
    expect(lookupPlace('Bankass cercle')?.type).toBe('cercle');
    expect(lookupPlace('Mali')).toMatchObject({ id: 'country:ML', type: 'country' });
  });

  it('returns null for a name it does not know', () => {
    expect(lookupPlace('Springfield')).toBeNull();
    expect(lookupPlace('')).toBeNull();
  });
});

describe('samePlace and distanceKm', () => {
  const p = (name: string) => lookupPlace(name) ?? { name, id: null };

  it('is the same place for one gazetteer entry or one folded name', () => {
    expect(samePlace(p('Boulkessi'), p('Boulikessi'))).toBe('same');
    expect(samePlace({ name: 'Kassakoro', id: null }, { name: 'KASSAKORO', id: null })).toBe('same');
  });

  it('is possibly the same place for similar spellings', () => {
    expect(samePlace(p('Diboli'), { name: 'Binoli', id: null })).toBe('possible');
    expect(samePlace({ name: 'Kassakoro', id: null }, { name: 'Kasakoro', id: null })).toBe('possible');
  });

  it('is different for far-apart places however alike their names', () => {
    expect(samePlace(p('Niono'), p('Nioro du Sahel'))).toBe('different');
    expect(samePlace(p('Kayes'), p('Gao'))).toBe('different');
  });

  it('is possibly the same for near places with somewhat alike names', () => {
    const a = { name: 'Kalaban', id: null, lat: 12.57, lon: -8.02 };
    const b = { name: 'Kalabancoura', id: null, lat: 12.58, lon: -8.01 };
    expect(samePlace(a, b)).toBe('possible');
  });

  it('measures distances in km', () => {
    const d = distanceKm(p('Bamako'), p('Kati'))!;
    expect(d).toBeGreaterThan(10);
    expect(d).toBeLessThan(25);
    expect(distanceKm({ name: 'X', id: null }, p('Kati'))).toBeNull();
  });

  it('keys places by id, else by folded name', () => {
    expect(placeKey(p('Ménaka'))).toMatch(/^(geonames|ml):/);
    expect(placeKey({ name: 'Ménaka-Ouest', id: null })).toBe('name:menaka ouest');
    expect(foldName('N’Débougou')).toBe('n debougou');
  });
});

describe('samePlace with unseen spellings', () => {
  it('calls a spelling that only sounds like a known place possible, not same', () => {
    expect(samePlace({ name: 'Bulkesi', id: null }, { name: 'Boulkessi', id: 'ml:boulkessi' })).toBe(
      'possible',
    );
  });

  it('calls two places in different countries different', () => {
    expect(samePlace(lookupPlace('Tinzaouaten')!, lookupPlace('Tinzaouatine')!)).toBe('different');
  });
});
