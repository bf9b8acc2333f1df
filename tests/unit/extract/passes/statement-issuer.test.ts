import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass statement-issuer: a page that opens as a statement speaks for its issuer', () => {
  it('FR: "Communiqué de l\'état-major"', () => {
    const r = read(
      "Communiqué de l'état-major général des armées\n\nLe poste de Boni a été attaqué ce lundi par des terroristes. 8 assaillants ont été neutralisés.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/militants 8-8 official']);
  });
  it('a page that does not open as a statement gets no issuer', () => {
    const r = read(
      'Le poste de Boni a été attaqué ce lundi par des terroristes. 8 assaillants ont été neutralisés.',
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/militants 8-8 unattributed']);
  });
});
