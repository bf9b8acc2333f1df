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
  it('FR: an issuer that "informe l\'opinion" speaks for the toll lines that follow', () => {
    const r = read(
      "L'État-major général des armées informe l'opinion que ce lundi, le poste de Boni a été attaqué par des terroristes.\n\nLe bilan provisoire est le suivant :\n\n- Côté ami : 3 morts et 5 blessés ;\n\n- Côté ennemi : 17 terroristes neutralisés.",
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 3-3 official',
      'wounded/soldiers 5-5 official',
      'killed/militants 17-17 official',
    ]);
  });
  it('EN: "The army informs the public that", not a figure someone else gives', () => {
    const r = read(
      'The General Staff of the Armed Forces informs the public that the post at Boni was attacked on Monday. Four soldiers were killed. According to residents, 9 civilians were also killed.',
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 4-4 official', 'killed/civilians 9-9 local']);
  });
  it('a reporter who informs readers is not an issuer', () => {
    const r = read(
      "Le correspondant de notre rédaction informe l'opinion que le poste de Boni a été attaqué lundi. 8 assaillants ont été neutralisés.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/militants 8-8 unattributed']);
  });
});
