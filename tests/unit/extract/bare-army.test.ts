import { describe, expect, it } from 'vitest';
import { read } from './helpers';

const actors = (text: string, lang = 'en') => read(text, lang).event.actors ?? [];

describe('bare army: the army by its plain noun, killing civilians, in a story that names no group', () => {
  it('names the FAMa for soldiers who killed or executed civilians, as subject or agent', () => {
    for (const [t, lang] of [
      ['Soldiers killed 20 civilians in Boni on Tuesday, residents said.', 'en'],
      ['Government soldiers summarily executed 20 villagers in Boni on Tuesday, witnesses said.', 'en'],
      ['Twenty civilians were killed by soldiers in Boni on Tuesday, residents said.', 'en'],
      ['Des militaires ont tué 20 civils mardi à Boni, selon des habitants.', 'fr'],
      ['Vingt civils ont été tués mardi à Boni par des militaires, selon des habitants.', 'fr'],
      ["L'armée a sommairement exécuté 20 villageois mardi à Boni, selon des habitants.", 'fr'],
    ] as const)
      expect(actors(t, lang), t).toEqual(['FAMa']);
  });
  it('names no one for soldiers who were the victims, nor for the army answering an attack', () => {
    for (const [t, lang] of [
      ['A jihadist attack killed dozens of soldiers and civilians in Boni on Tuesday.', 'en'],
      ['Des dizaines de soldats et de civils ont été tués mardi à Boni lors d’une attaque jihadiste.', 'fr'],
      ['Twelve soldiers and three civilians were killed in an attack on Boni on Tuesday.', 'en'],
      ["L'armée a neutralisé 20 assaillants lors d'une attaque contre son camp de Boni mardi.", 'fr'],
    ] as const)
      expect(actors(t, lang), t).toEqual([]);
  });
  it("names no one for the army's deed told by an armed group", () => {
    expect(
      actors("Douze civils ont été tués lundi à Boni. Le JNIM affirme que l'armée a tué 30 civils.", 'fr'),
    ).toEqual([]);
  });
  it('leaves a named group the actor', () => {
    expect(
      actors(
        'JNIM fighters attacked Boni on Tuesday, killing 20 civilians, before soldiers reached the village.',
      ),
    ).toEqual(['JNIM']);
  });
});
