import { describe, expect, it } from 'vitest';
import { read } from './helpers';

const actors = (text: string, lang = 'en') => [...read(text, lang).event.actors].sort();

/** Strikes from the air and the voices that tell of them (sentences written for these tests). */
describe('strikes from the air', () => {
  it('gives a drone strike that killed, with no author named, to the army', () => {
    expect(
      actors('Des frappes de drones ont tué au moins 12 civils lundi dans un marché près de Léré.', 'fr'),
    ).toEqual(['FAMa']);
    expect(
      actors('Une frappe aérienne a fait 9 morts dimanche près de Ménaka, selon des habitants.', 'fr'),
    ).toEqual(['FAMa']);
    expect(
      actors('Drone strikes killed at least 15 civilians at a market near Kidal on Sunday, residents said.'),
    ).toEqual(['FAMa']);
  });
  it('reads the nationality of a strike: "malienne" is the army, "française" is not', () => {
    expect(
      actors(
        'Au moins 20 civils ont été tués dans une frappe de drone malienne dimanche près de Kidal.',
        'fr',
      ),
    ).toEqual(['FAMa']);
    expect(
      actors('Des frappes aériennes françaises ont tué 20 civils dimanche près de Bounti.', 'fr'),
    ).toEqual([]);
  });
  it('does not take a place "frappé par des attaques" or a bombing for a strike from the air', () => {
    expect(
      actors('Les villages de Yoro et Gangafani ont été frappés par des attaques faisant 41 morts.', 'fr'),
    ).toEqual([]);
    expect(actors('A roadside bombing killed 12 passengers on a bus near Boni on Monday.')).toEqual([]);
  });
  it('keeps an author named in the story over the default', () => {
    expect(
      actors(
        'Le JNIM a revendiqué lundi une attaque au drone contre le camp de Boulkessi qui a tué 4 soldats.',
        'fr',
      ),
    ).toEqual(['JNIM']);
  });
});

describe('a group that tells of strikes is not their author', () => {
  it('leaves out a group whose voice denounces the strikes', () => {
    expect(
      actors(
        'Le porte-parole du FLA, Mohamed Ramadane, a dénoncé des frappes de drones qui ont tué 12 civils près de Tinzaouaten.',
        'fr',
      ),
    ).toEqual(['FAMa']);
    expect(
      actors(
        'Ces frappes de drones ont tué 12 civils près de Tinzaouaten, selon un responsable du FLA.',
        'fr',
      ),
    ).toEqual(['FAMa']);
    expect(
      actors(
        'An FLA spokesman, Mohamed Ramadane, denounced drone strikes that killed 12 civilians near Tinzaouaten.',
      ),
    ).toEqual(['FAMa']);
  });
  it('reads "fait état de" as telling, and looks past the acronym in brackets or the group named again', () => {
    expect(
      actors('Le FLA a fait état de 12 civils tués dans des frappes de drones près de Tinzaouaten.', 'fr'),
    ).toEqual(['FAMa']);
    expect(
      actors(
        "Le Front de libération de l'Azawad (FLA) accuse l'armée malienne d'avoir tué 8 civils lors de frappes aériennes à Tinzaouaten.",
        'fr',
      ),
    ).toEqual(['FAMa']);
    expect(
      actors(
        'Tuareg rebels of the FLA accused the Malian army of killing 8 civilians in drone strikes near Tinzaouaten.',
      ),
    ).toEqual(['FAMa']);
  });
  it('gives a possessive after another force to that force ("affirme que l\'armée et ses alliés")', () => {
    expect(
      actors("Selon le FLA, l'armée malienne et ses supplétifs russes ont exécuté 15 civils à Anefis.", 'fr'),
    ).toEqual(['Africa Corps', 'FAMa']);
    expect(
      actors(
        "Le FLA affirme que l'armée malienne et ses supplétifs russes ont tué 15 civils à Anefis.",
        'fr',
      ),
    ).toEqual(['Africa Corps', 'FAMa']);
  });
  it('leaves out a group named after "par" a verb of telling or blaming, and its acronym in brackets', () => {
    expect(
      actors(
        "Des frappes de drones de l'armée malienne, dénoncées par le FLA, ont tué 8 civils à Tinzaouaten.",
        'fr',
      ),
    ).toEqual(['FAMa']);
    expect(
      actors(
        "Selon un bilan publié par le Front de libération de l'Azawad (FLA), 8 civils ont été tués par des frappes de drones de l'armée malienne.",
        'fr',
      ),
    ).toEqual(['FAMa']);
    // "revendiquée par", "a attaqué": the group's own deed.
    expect(actors("L'attaque a été revendiquée par le Front de libération de l'Azawad (FLA).", 'fr')).toEqual(
      ['FLA'],
    );
    expect(
      actors("Le Front de libération de l'Azawad (FLA) a attaqué lundi le camp de Tessalit.", 'fr'),
    ).toEqual(['FLA']);
  });
  it('keeps a group that claims its own deed', () => {
    expect(
      actors(
        "Le Front de libération de l'Azawad a affirmé avoir abattu un drone de l'armée et tué 7 soldats près de Tinzaouaten.",
        'fr',
      ),
    ).toEqual(['FLA']);
  });
});

describe('a ground operation of a force, with a killing', () => {
  it('makes the force that led it an actor', () => {
    expect(
      actors(
        "Au moins 12 civils ont été tués lundi à Boni lors d'une opération de l'armée malienne et de ses supplétifs russes, selon des habitants.",
        'fr',
      ),
    ).toEqual(['Africa Corps', 'FAMa']);
    expect(
      actors("Lors d'un ratissage des FAMa lundi près de Boni, 12 terroristes ont été neutralisés.", 'fr'),
    ).toEqual(['FAMa']);
  });
  it('reads "l’opération Barkhane" as a name, not an operation of it', () => {
    expect(actors("Deux soldats de l'opération Barkhane ont été tués lundi près de Boni.", 'fr')).toEqual([]);
  });
});
