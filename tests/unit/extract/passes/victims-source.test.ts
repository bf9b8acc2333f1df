import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass victims-source: an unnamed source counting civilian victims speaks for the place', () => {
  it('FR: "selon une source", "de sources" counting villagers is local', () => {
    const r = read(
      'Des hommes armés ont attaqué Boni lundi. Selon une source, 12 villageois ont été tués et 5 autres enlevés.',
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 12-12 local', 'captured/civilians 5-5 local']);
  });
  it('EN: "sources said" counting civilians is local', () => {
    const r = read('Gunmen attacked Boni on Monday. At least 12 civilians were killed, sources said.', 'en');
    expect(brief(r.claims)).toEqual(['killed/civilians 12-null local']);
  });
  it('FR and EN: an unnamed source counting victims of no side named is local too', () => {
    const fr = read(
      'Des hommes armés ont attaqué Boni lundi. Selon des sources, 12 personnes ont été tuées et plusieurs autres blessées.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/people 12-12 local', 'wounded/people 2-null local']);
    const en = read('Gunmen attacked Boni on Monday, killing nine people, sources said.', 'en');
    expect(brief(en.claims)).toEqual(['killed/people 9-9 local']);
    const one = read(
      "Un homme a été tué lundi à Boni, selon une source, lors de l'attaque du village.",
      'fr',
    );
    expect(brief(one.claims)).toEqual(['killed/people 1-1 local']);
  });
  it('keeps a source pointed back at ("cette source", "the source") as it was named', () => {
    const fr = read(
      'Des hommes armés ont attaqué deux campements près de Boni. Douze personnes ont été tuées, selon une source proche des autorités. ' +
        'Un autre campement a été ciblé, ajoute cette source précisant que les assaillants ont fait cinq morts.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/people 12-12 security_source',
      'killed/people 5-5 security_source',
    ]);
    const en = read(
      'Gunmen attacked two camps near Boni, said a source close to the authorities. In the other camp the gunmen killed five, the source added.',
      'en',
    );
    expect(brief(en.claims)).toEqual(['killed/people 5-5 security_source']);
    const ours = read(
      'Des hommes armés ont attaqué Boni lundi. Neuf personnes ont été tuées et quatre blessées, selon notre source.',
      'fr',
    );
    expect(brief(ours.claims)).toEqual([
      'killed/people 9-9 security_source',
      'wounded/people 4-4 security_source',
    ]);
    const same = read(
      'Des hommes armés ont attaqué Boni lundi. Neuf personnes ont été tuées, précise de même source.',
      'fr',
    );
    expect(brief(same.claims)).not.toContain('killed/people 9-9 local');
    const described = read(
      'Gunmen attacked Boni on Monday. Nine people were killed, according to sources who asked not to be named.',
      'en',
    );
    expect(brief(described.claims)).toEqual(['killed/people 9-9 security_source']);
  });
  it('keeps an unnamed source counting soldiers, and a security source counting civilians, for security', () => {
    const soldiers = read(
      'Jihadists attacked Boni on Monday. Twelve soldiers were killed, a source said.',
      'en',
    );
    expect(brief(soldiers.claims)).toEqual(['killed/soldiers 12-12 security_source']);
    const security = read(
      'Des hommes armés ont attaqué Boni lundi. Selon une source sécuritaire, 12 villageois ont été tués.',
      'fr',
    );
    expect(brief(security.claims)).toEqual(['killed/civilians 12-12 security_source']);
  });
});
