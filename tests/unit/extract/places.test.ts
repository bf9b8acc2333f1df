import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../lib/extract';
import { read } from './helpers';

describe('places: the attacked localities', () => {
  it('keeps the attacked town, not the region given as context', () => {
    const r = read("Une attaque a visé lundi le camp de Tessit, dans la région de Gao, selon l'armée.", 'fr');
    expect(r.event.places).toContain('Tessit');
    expect(r.event.places).not.toContain('Gao');
  });
  it('drops places named for a border or a curfew', () => {
    const r = read(
      'Militants attacked army posts in Diboli on Sunday, near the border with Senegal. A curfew was imposed in Kayes.',
    );
    expect(r.event.places).toContain('Diboli');
    expect(r.event.places).not.toContain('Senegal');
    expect(r.event.places).not.toContain('Kayes');
  });
  it('says an attack abroad is outside Mali and moves its figures to background', () => {
    const r = read(
      "Une attaque a visé jeudi une position de l'armée nigérienne à Banibangou, près de la frontière avec le Mali: 34 soldats ont été tués.",
      'fr',
    );
    expect(r.status).toBe('outside-mali');
    expect(r.claims).toEqual([]);
    expect(r.background.map((c) => c.min)).toEqual([34]);
  });
});

describe("places: the attack's own sentence decides the country", () => {
  it('keeps an attack abroad outside Mali when a Malian camp is recalled in passing (EN)', () => {
    const r = read(
      'NIAMEY — Gunmen killed 14 villagers in an attack on Tera, in western Niger near the border with Mali, on Tuesday. ' +
        'Armed groups are active across the area, where militants also attacked the Menaka camp in Mali last year.',
    );
    expect(r.status).toBe('outside-mali');
    expect(r.claims).toEqual([]);
  });
  it('keeps an attack abroad outside Mali when a Malian town is recalled in passing (FR)', () => {
    const r = read(
      "Des hommes armés ont tué 12 civils lors d'une attaque contre le marché de Djibo, au Burkina Faso, mardi. " +
        'La zone borde la région de Mopti, où une attaque a visé le camp de Boni dimanche.',
      'fr',
    );
    expect(r.status).toBe('outside-mali');
  });
  it("does not take a foreign dateline for the attack's country", () => {
    const r = read(
      'NIAMEY — Militants attacked the army post of Boni in central Mali on Tuesday, killing 9 soldiers.',
    );
    expect(r.status).toBe('ok');
    expect(r.event.places).toContain('Boni');
  });
});

describe('places that were not attacked', () => {
  it('leaves out a dateline city before an em dash and a nearby town named by witnesses', () => {
    const text =
      'BAMAKO — Gunmen attacked an army post in Nampala on Sunday, killing 5 soldiers, the army said. ' +
      'Residents of the nearby town of Diabaly said they heard gunfire all morning.';
    const r = extractReport({ text, lang: 'en', published: '2026-03-02' });
    expect(r.event.places).toEqual(['Nampala']);
  });
});
