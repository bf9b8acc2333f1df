import { describe, expect, it } from 'vitest';
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
