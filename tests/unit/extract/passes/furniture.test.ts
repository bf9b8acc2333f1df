import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe("pass furniture: another story's headline after the body is background", () => {
  it('FR: "Mali : 30 civils tués à Ségou" after the story', () => {
    const r = read(
      "Attaque à Boni\n\nDouze soldats ont été tués lundi lors de l'attaque de Boni, selon l'armée.\n\nLire aussi\n\nMali : 30 civils tués à Ségou",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official']);
    expect(r.background.map((c) => c.min)).toContain(30);
  });
  it('a toll line of the story is not furniture', () => {
    const r = read(
      "L'armée annonce une attaque à Boni. Bilan :\nCôté ami : 02 morts ;\nCôté ennemi : 09 terroristes neutralisés.",
      'fr',
    );
    expect(brief(r.claims).map((c) => c.split(' ')[0])).toEqual(['killed/soldiers', 'killed/militants']);
  });
});
