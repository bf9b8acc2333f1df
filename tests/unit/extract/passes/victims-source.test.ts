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
