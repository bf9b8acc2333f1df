import { describe, expect, it } from 'vitest';
import { read } from './helpers';

const actors = (text: string, lang = 'en') => read(text, lang).event.actors;

describe('actors', () => {
  it('canonicalises the spellings of JNIM and ISSP', () => {
    expect(actors("The attack was claimed by Jama'at Nusrat al-Islam wal-Muslimin on Monday.")).toEqual([
      'JNIM',
    ]);
    expect(
      actors("L'attaque a été revendiquée par le Groupe de soutien à l'islam et aux musulmans.", 'fr'),
    ).toEqual(['JNIM']);
    expect(actors("L'armée attribue l'attaque à l'Etat islamique au Grand Sahara (EIGS).", 'fr')).toEqual([
      'ISSP',
    ]);
  });
  it('counts Katiba Macina as JNIM', () => {
    expect(actors('Les jihadistes de la Katiba Macina ont attaqué le poste.', 'fr')).toEqual(['JNIM']);
    // JNIM's other katibas in Mali.
    expect(actors("L'attaque a été revendiquée par la katiba Serma.", 'fr')).toEqual(['JNIM']);
    expect(actors('The attack was claimed by the Katiba Khalid Ibn Walid.')).toEqual(['JNIM']);
    // "le Gourma" alone is a region.
    expect(actors('Des hommes armés ont attaqué le poste dans le Gourma.', 'fr')).toEqual([]);
  });
  it('does not count groups named only as targets or the army defending', () => {
    expect(actors('JNIM claimed heavy losses on Wagner mercenaries after the attack.')).toEqual(['JNIM']);
    expect(actors('Les FAMa ont vigoureusement réagi à une attaque contre le poste.', 'fr')).toEqual([]);
  });
  it('does not take a group from a background sentence', () => {
    expect(actors('The army repelled an attack on Monday. In 2019, ISGS attacked the same camp.')).toEqual(
      [],
    );
  });
});

describe('actors: forms of the groups', () => {
  it('reads the unit and the leader of JNIM as JNIM', () => {
    expect(actors('Des combattants de la Katibat Macina ont attaqué le village lundi.', 'fr')).toEqual([
      'JNIM',
    ]);
    expect(
      actors('Des hommes armés de la katiba du Macina ont fait irruption dans le hameau.', 'fr'),
    ).toEqual(['JNIM']);
    expect(actors("Les hommes d'Amadou Koufa ont attaqué le poste de gendarmerie mardi.", 'fr')).toEqual([
      'JNIM',
    ]);
    expect(actors("Koufa's fighters attacked the checkpoint on Tuesday.")).toEqual(['JNIM']);
    // A leader's jihadists, militants or "éléments" are his men too.
    expect(actors("Les jihadistes d'Amadou Koufa ont attaqué le poste de gendarmerie mardi.", 'fr')).toEqual([
      'JNIM',
    ]);
    expect(actors("Des éléments d'Iyad Ag Ghaly ont attaqué le poste mardi.", 'fr')).toEqual(['JNIM']);
    expect(actors("Koufa's militants attacked the checkpoint on Tuesday.")).toEqual(['JNIM']);
  });
  it("reads a leader's other spellings, with his article or his forenames before his name", () => {
    expect(actors("Les hommes d'Hamadoun Kouffa ont attaqué le poste de gendarmerie mardi.", 'fr')).toEqual([
      'JNIM',
    ]);
    expect(actors("Les combattants d'Abou Walid al-Sahraoui ont attaqué le poste mardi.", 'fr')).toEqual([
      'ISSP',
    ]);
    expect(actors("Al-Sahrawi's fighters attacked the checkpoint on Tuesday.")).toEqual(['ISSP']);
    expect(actors('Fighters of Adnan Abu Walid al-Sahrawi attacked the checkpoint on Tuesday.')).toEqual([
      'ISSP',
    ]);
  });
  it('reads a group that took part in the raid as one of its actors', () => {
    const fr =
      "Le camp de Nampala a été attaqué mardi par des hommes armés. Douze soldats ont été tués. Ansar Dine a revendiqué l'attaque. ";
    expect(
      read(fr + "Le porte-parole de l'ANSIPRJ affirme que ses hommes ont participé aux combats.", 'fr').event
        .actors,
    ).toEqual(['Ansar Dine', 'ANSIPRJ']);
    const en =
      'Gunmen attacked the Nampala camp on Tuesday. Twelve soldiers were killed. Ansar Dine claimed the attack. ';
    expect(read(en + 'ANSIPRJ participated in the raid.').event.actors).toEqual(['Ansar Dine', 'ANSIPRJ']);
  });
  it('reads Daech and the Islamic State as ISSP, or ISWAP when its West Africa province is named', () => {
    expect(actors('Trois gardes ont été tués par des combattants de Daech près du puits.', 'fr')).toEqual([
      'ISSP',
    ]);
    expect(actors("L'attaque du convoi a été revendiquée par l'Etat islamique.", 'fr')).toEqual(['ISSP']);
    expect(
      actors(
        'The Islamic State claimed the ambush. Its West Africa Province said its fighters seized two trucks.',
      ),
    ).toEqual(['ISWAP']);
  });
  it('reads the CSP-PSD and former rebels as FLA', () => {
    expect(actors('Le CSP-PSD a revendiqué la prise du camp de la garde.', 'fr')).toEqual(['FLA']);
    expect(actors('A coalition of former rebels said they were responsible for the assault.')).toEqual([
      'FLA',
    ]);
  });
  it('takes every inflection of "attribuer" and "revendiquer"', () => {
    expect(actors('Les deux embuscades, attribuées au JNIM, ont fait six morts.', 'fr')).toEqual(['JNIM']);
    expect(actors("L'enlèvement est attribué au JNIM par les habitants.", 'fr')).toEqual(['JNIM']);
    expect(actors('Les attaques sont généralement revendiquées par le GSIM.', 'fr')).toEqual(['JNIM']);
    expect(actors('The raids were attributed to JNIM by local officials.')).toEqual(['JNIM']);
  });
});

describe('actors: state forces as perpetrators', () => {
  it('names the army and its partners when they killed civilians', () => {
    expect(
      actors(
        'Des dizaines de civils ont été tués par l’armée malienne et Africa Corps dans le village.',
        'fr',
      ),
    ).toEqual(['FAMa', 'Africa Corps']);
    expect(actors('Villagers said they were massacred by Malian soldiers and Wagner mercenaries.')).toEqual([
      'FAMa',
      'Africa Corps',
    ]);
  });
  it('names the force that carried out a strike', () => {
    expect(actors('Une frappe aérienne menée par la force Barkhane a touché un campement.', 'fr')).toEqual([
      'Barkhane',
    ]);
    // "France's military" is the French force, not Mali's.
    expect(
      actors("France's military said it had killed about 15 jihadists in an air strike near Boni."),
    ).toEqual(['Barkhane']);
  });
  it('does not name the army as attacker when it was attacked, defended or spoke', () => {
    expect(actors('A FAMa patrol was attacked near the river; JNIM claimed the ambush.')).toEqual(['JNIM']);
    expect(
      actors('Selon un communiqué diffusé par les FAMa, des civils ont été tués par le JNIM.', 'fr'),
    ).toEqual(['JNIM']);
    expect(
      actors('Douze soldats maliens tués et trois civils blessés : le JNIM a revendiqué.', 'fr'),
    ).toEqual(['JNIM']);
  });
});

describe('actors: who is not an actor', () => {
  it('does not take a group named for its lineage', () => {
    expect(
      actors('No group claimed the attack; groups linked to al-Qaeda and the Islamic State roam the area.'),
    ).toEqual([]);
    expect(
      actors("L'attaque n'a pas été revendiquée ; des groupes liés à Al-Qaïda et à Daech y opèrent.", 'fr'),
    ).toEqual([]);
  });
  it('does not take a toll of lives for a claim of responsibility', () => {
    expect(actors('The Islamic State insurgency has claimed thousands of lives in the region.')).toEqual([]);
  });
  it("leaves a recalled attack's group out when the main one has its own", () => {
    expect(
      actors(
        "L'attaque de lundi a été revendiquée par l'EIGS. Revendiquée par le JNIM, l'attaque du mois précédent avait tué un soldat.",
        'fr',
      ),
    ).toEqual(['ISSP']);
  });
});

describe('actors: lineage, losses and pairs', () => {
  it('keeps a group whose own lineage is named before it', () => {
    expect(actors('The al-Qaeda affiliated JNIM claimed the raid on the convoy.')).toEqual(['JNIM']);
    expect(actors("Le JNIM, affilié à Al-Qaïda, a revendiqué l'attaque du poste.", 'fr')).toEqual(['JNIM']);
  });
  it("does not take a group's losses for its deed", () => {
    expect(actors("Des combattants de l'EIGS ont été neutralisés lors de l'attaque du camp.", 'fr')).toEqual(
      [],
    );
    expect(actors('During the assault, several JNIM fighters were killed by the army.')).toEqual([]);
  });
  it('names both state forces when the verb follows the pair', () => {
    expect(
      actors('Malian soldiers and Russian mercenaries are accused of killing civilians in the market.'),
    ).toEqual(['FAMa', 'Africa Corps']);
    expect(
      actors('Des soldats maliens et des mercenaires russes ont exécuté des civils au marché.', 'fr'),
    ).toEqual(['FAMa', 'Africa Corps']);
  });
});

describe('actors: state forces in pairs and in the passive', () => {
  it('names both forces of a pair joined by force nouns and possessives', () => {
    expect(
      actors(
        "Au moins 30 civils ont été tués lundi à Kéra par l'armée malienne et ses supplétifs russes d'Africa Corps.",
        'fr',
      ),
    ).toEqual(['FAMa', 'Africa Corps']);
    expect(
      actors(
        'Des soldats maliens et des mercenaires de Wagner ont exécuté 30 villageois lundi, selon des témoins.',
        'fr',
      ),
    ).toEqual(['FAMa', 'Africa Corps']);
  });
  it('reads "killed" right after the pair as their deed when an object follows (EN)', () => {
    expect(
      actors('Malian troops and Russian mercenaries killed at least 30 civilians in Kera on Monday.'),
    ).toEqual(['FAMa', 'Africa Corps']);
    expect(actors('Malian soldiers killed in an ambush near Kera on Monday were buried on Tuesday.')).toEqual(
      [],
    );
  });
  it('skips the time and place between a deed and its agent, not a report or an observation', () => {
    expect(
      actors("Douze villageois ont été abattus dimanche soir à Kéra par l'armée malienne.", 'fr'),
    ).toEqual(['FAMa']);
    expect(
      actors('Twelve civilians were shot dead on Sunday in Kera by the Malian army, residents said.'),
    ).toEqual(['FAMa']);
    expect(
      actors("Selon un communiqué publié par l'armée malienne, 12 civils ont été tués lundi.", 'fr'),
    ).toEqual([]);
    expect(
      actors(
        'Des vols de reconnaissance observés par les FAMa laissent penser que 12 civils ont été tués.',
        'fr',
      ),
    ).toEqual([]);
  });
  it('reads the French auxiliary "a" before the deed (a drone strike, the army itself)', () => {
    expect(actors("Une frappe de drone de l'armée malienne a tué 12 civils lundi à Kéra.", 'fr')).toEqual([
      'FAMa',
    ]);
    expect(actors("L'armée malienne a tué 12 villageois lundi, selon des habitants.", 'fr')).toEqual([
      'FAMa',
    ]);
  });
});

describe('actors: denied claims and places of operation', () => {
  it('names no one when no group claimed the attack and a group is only said to be active there', () => {
    expect(
      actors(
        "Des hommes armés ont tué 12 civils lundi. Aucun groupe n'a revendiqué l'attaque, mais la zone est une zone d'opération du JNIM.",
        'fr',
      ),
    ).toEqual([]);
    expect(
      actors(
        'Gunmen killed 12 civilians on Monday. No group claimed the attack, but JNIM is active in the area.',
      ),
    ).toEqual([]);
    expect(
      actors(
        "L'attaque n'a pas encore été revendiquée ; le secteur est un bastion de l'EIGS depuis des années.",
        'fr',
      ),
    ).toEqual([]);
  });
  it('still names a group the text suspects after a denied claim', () => {
    expect(
      actors(
        "Cette attaque n'a pas été revendiquée, même si elle porte la signature du JNIM, selon un élu.",
        'fr',
      ),
    ).toEqual(['JNIM']);
    expect(actors('The raid has not been claimed, but JNIM is suspected of carrying it out.')).toEqual([
      'JNIM',
    ]);
  });
  it('takes "du JNIM" after fighters or an attack, not after a place word', () => {
    expect(actors('Des jihadistes du JNIM ont tué 12 civils lundi.', 'fr')).toEqual(['JNIM']);
    expect(actors("Les assaillants de l'EIGS ont attaqué le poste lundi.", 'fr')).toEqual(['ISSP']);
    expect(actors('La ville est un fief du JNIM. Des hommes armés y ont tué 12 civils lundi.', 'fr')).toEqual(
      [],
    );
  });
});

describe("actors: a denied claim, then the attackers named as a group's men", () => {
  it('keeps the group whose fighters the sources name', () => {
    expect(
      actors(
        "L'attaque de samedi n'a pas été revendiquée, mais selon des sources locales, les jihadistes de la Katiba Macina ont tué 20 villageois.",
        'fr',
      ),
    ).toEqual(['JNIM']);
    expect(
      actors(
        'The raid was not claimed, but according to residents fighters of the Islamic State killed 20 villagers.',
      ),
    ).toEqual(['ISSP']);
  });
});

describe('actors: more names of the FLA and of JNIM', () => {
  it('reads "touareg" written invariable and the framework\'s full names as FLA', () => {
    expect(actors('Des rebelles touareg ont attaqué lundi le camp de Kéra, tuant 12 soldats.', 'fr')).toEqual(
      ['FLA'],
    );
    expect(
      actors("Les séparatistes touareg ont revendiqué l'attaque de lundi, où 12 soldats ont été tués.", 'fr'),
    ).toEqual(['FLA']);
    expect(
      actors(
        'Fighters of the Strategic Framework for the Defence of the People of Azawad attacked the camp on Monday, killing 12 soldiers.',
      ),
    ).toEqual(['FLA']);
  });
  it('does not take Tuareg fighters of a pro-government movement for the FLA', () => {
    expect(
      actors(
        'Les attaques ont été confirmées par le MSA, un groupe pro-gouvernemental composé de combattants touaregs, qui a perdu 12 hommes.',
        'fr',
      ),
    ).not.toContain('FLA');
  });
  it('reads the Front de libération du Macina (FLM) as JNIM', () => {
    expect(
      actors(
        "Le Front de libération du Macina (FLM) a revendiqué l'attaque qui a tué 12 soldats lundi.",
        'fr',
      ),
    ).toEqual(['JNIM']);
  });
});

describe('actors: other groups by their usual short names', () => {
  it('names AQIM, Ansar Dine and ANSIPRJ', () => {
    expect(actors("Des jihadistes d'Ansar Dine et d'AQMI ont attaqué le poste de Boni lundi.", 'fr')).toEqual(
      ['Ansar Dine', 'AQIM'],
    );
    expect(
      actors('Al-Qaeda in the Islamic Maghreb claimed the kidnapping of two workers near Boni.'),
    ).toEqual(['AQIM']);
    expect(actors("L'ANSIPRJ a revendiqué l'attaque du poste de Boni.", 'fr')).toEqual(['ANSIPRJ']);
  });
  it('names the MSA, GATIA and Dan Na Ambassagou by their full names and other spellings', () => {
    expect(
      actors(
        'Fighting between the Islamic State in the Sahel and the Movement for the Salvation of Azawad left 30 dead near Ménaka.',
      ).sort(),
    ).toEqual(['ISSP', 'MSA']);
    expect(
      actors(
        "Le Groupe d'autodéfense touareg Imghad et alliés a attaqué lundi des positions de l'EIGS près de Ménaka, tuant 12 jihadistes.",
        'fr',
      ),
    ).toEqual(['GATIA']);
    expect(actors('Dana Amassagou militiamen killed 20 villagers in Ogossagou on Saturday.')).toEqual([
      'Dan Na Ambassagou',
    ]);
  });
  it('names the groups of 2012–2015 (MUJAO, Al-Mourabitoun) and more names of JNIM', () => {
    expect(actors("Le Mujao a revendiqué l'attaque du poste de Boni.", 'fr')).toEqual(['MUJAO']);
    expect(actors('Al-Mourabitoune a revendiqué l’attaque de l’hôtel de Boni.', 'fr')).toEqual([
      'Al-Mourabitoun',
    ]);
    expect(
      actors(
        "Le Rassemblement pour la victoire de l'islam et des musulmans a revendiqué l'attaque de Boni.",
        'fr',
      ),
    ).toEqual(['JNIM']);
    expect(actors('The Group for Support of Islam and Muslims claimed the attack on Boni.')).toEqual([
      'JNIM',
    ]);
    expect(actors('Des donzos ont attaqué le village de Boni, tuant 12 civils.', 'fr')).toEqual(['Dozo']);
  });
});

describe('actors: Dozo hunters as attackers, defenders and targets', () => {
  it('names dozos who attacked or killed', () => {
    expect(actors('Des chasseurs traditionnels dozos ont tué 14 civils peuls à Boni lundi.', 'fr')).toEqual([
      'Dozo',
    ]);
    expect(actors('Dozo hunters attacked the village of Boni on Monday, killing 14 people.')).toEqual([
      'Dozo',
    ]);
  });
  it('does not name dozos who fought the attack off or were its target', () => {
    expect(
      actors(
        'Les chasseurs dozos postés à Boni ont pu repousser les assaillants lundi, mais 3 personnes ont été tuées.',
        'fr',
      ),
    ).toEqual([]);
    expect(
      actors('Gunmen attacked the dozo camp (traditional hunters) in Boni on Monday, killing 3.'),
    ).toEqual([]);
  });
  it('does not name dozos whose post or checkpoint was attacked, past a day and over a unit noun', () => {
    expect(
      actors(
        'Des hommes armés ont attaqué lundi un poste des chasseurs dozos à Boni, tuant 12 d’entre eux.',
        'fr',
      ),
    ).toEqual([]);
    expect(
      actors('Gunmen attacked a Dozo militia checkpoint in Boni on Monday, killing 12 militiamen.'),
    ).toEqual([]);
    expect(actors('Jihadists stormed a checkpoint of Dozo hunters in Boni on Monday, killing 12.')).toEqual(
      [],
    );
    // Their own raid still is theirs.
    expect(
      actors('Les dozos ont attaqué lundi un village peul près de Boni, tuant 12 civils.', 'fr'),
    ).toEqual(['Dozo']);
  });
});

describe('actors: forces acting together', () => {
  it('names both when one is "accompanied by" or "backed by" the other', () => {
    expect(
      actors(
        'Selon des habitants, des soldats maliens accompagnés de mercenaires russes ont tué 14 villageois à Boni.',
        'fr',
      ),
    ).toEqual(['FAMa', 'Africa Corps']);
    expect(
      actors('Malian soldiers backed by Wagner fighters killed 14 civilians in Boni on Monday.'),
    ).toEqual(['FAMa', 'Africa Corps']);
  });
});

describe('actors: a group that speaks of another side’s deed', () => {
  it('does not name a group that accuses another of the killing', () => {
    expect(
      actors(
        "Le FLA accuse l'armée malienne et Wagner d'avoir tué 21 civils lors de frappes de drones.",
        'fr',
      ),
    ).toEqual(['FAMa', 'Africa Corps']);
    expect(actors('The CSP denounced the army, which it says killed 12 herders near Anefis.')).toEqual([]);
  });
  it('does not name the source of a strike’s toll ("selon les rebelles", "the FLA said")', () => {
    expect(
      actors('Les frappes de drones ont tué au moins 21 civils, selon les rebelles touareg du FLA.', 'fr'),
    ).toEqual(['FAMa']);
    expect(
      actors('The FLA said drone strikes by the Malian army killed 21 civilians near Tinzaouaten.'),
    ).toEqual(['FAMa']);
  });
  it('names who brought a drone down, not the army whose drone it was ("le FLA a abattu un drone")', () => {
    expect(actors('Le FLA a abattu un drone près de Tinzaouaten lundi.', 'fr')).toEqual(['FLA']);
    expect(
      actors("Les rebelles du FLA ont abattu un drone de l'armée malienne près de Tinzaouaten lundi.", 'fr'),
    ).toEqual(['FLA']);
    expect(actors('FLA rebels downed a Malian army drone near Tinzaouaten on Monday.')).toEqual(['FLA']);
    // A drone strike that killed is still the army's.
    expect(actors('Des frappes de drones ont tué 12 civils près de Léré lundi.', 'fr')).toEqual(['FAMa']);
  });
  it('names the group a deed is blamed on, the verb of blame further back in its clause', () => {
    expect(
      actors('Residents blamed the killings in Ogossagou on Monday on Dozo hunters. Twelve people died.'),
    ).toEqual(['Dozo']);
    expect(
      actors(
        "Les habitants ont imputé le massacre d'Ogossagou de lundi aux chasseurs dozos. Douze personnes sont mortes.",
        'fr',
      ),
    ).toEqual(['Dozo']);
  });
  it('keeps a group that tells its own deed', () => {
    expect(actors('Le JNIM a affirmé avoir tué 20 soldats maliens.', 'fr')).toEqual(['JNIM']);
    expect(actors('JNIM said in a statement that its fighters killed 20 soldiers.')).toEqual(['JNIM']);
    expect(actors('Selon le JNIM, 20 soldats ont été tués lors de l’assaut.', 'fr')).toEqual(['JNIM']);
  });
  it('still reads "ont fait irruption" as a deed, not as speech', () => {
    expect(
      actors(
        'Un. Deux. Trois. Quatre. Cinq. Des hommes de la katiba du Macina ont fait irruption au marché.',
        'fr',
      ),
    ).toEqual(['JNIM']);
  });
});

describe('actors: a speaker set apart by an aside or named again in apposition', () => {
  it('does not name the FLA that tells of a strike past an aside ("the FLA, which controls the area, said")', () => {
    expect(
      actors('The FLA, which controls the area, said a Malian drone strike killed 11 civilians in Anéfis.'),
    ).toEqual(['FAMa']);
    expect(
      actors(
        "Le FLA, une coalition de groupes rebelles, affirme qu'une frappe de drone a tué 11 civils à Anéfis.",
        'fr',
      ),
    ).toEqual(['FAMa']);
  });
  it('keeps the role of the first mention for the group named again ("according to the FLA, a coalition of Tuareg rebels")', () => {
    expect(
      actors(
        'A drone strike killed 11 civilians in Anéfis on Monday, according to the FLA, a coalition of Tuareg rebels.',
      ),
    ).toEqual(['FAMa']);
    // Named again as the attackers, the group stays the actor.
    expect(
      actors('The FLA, the coalition of Tuareg rebels, attacked an army post in Anéfis, killing 7 soldiers.'),
    ).toEqual(['FLA']);
  });
  it('keeps it past the acronym in brackets ("The Azawad Liberation Front (FLA), a coalition of rebel groups, said")', () => {
    expect(
      actors(
        'The Azawad Liberation Front (FLA), a coalition of rebel groups, said a Malian drone strike killed 11 civilians in Anéfis.',
      ),
    ).toEqual(['FAMa']);
    expect(
      actors(
        "Le Front de libération de l'Azawad (FLA), une coalition de groupes rebelles, affirme qu'une frappe de drone a tué 11 civils à Anéfis.",
        'fr',
      ),
    ).toEqual(['FAMa']);
    expect(
      actors(
        'The Azawad Liberation Front (FLA), a coalition of rebel groups, attacked an army post in Anéfis, killing 7 soldiers.',
      ),
    ).toEqual(['FLA']);
  });
});

describe('actors: a group as the target of a strike', () => {
  it('does not name a group whose positions, fighters or zone were struck', () => {
    expect(
      actors(
        "L'armée malienne a mené des frappes de drones contre des positions du FLA, tuant 8 civils.",
        'fr',
      ),
    ).toEqual(['FAMa']);
    // With no author named, a strike from the air is the army's (strikes.ts).
    expect(actors('Drone strikes targeted FLA fighters near Tinzaouaten, killing 21 civilians.')).toEqual([
      'FAMa',
    ]);
    expect(actors('Un drone a frappé une zone contrôlée par le FLA, faisant 8 morts.', 'fr')).toEqual([
      'FAMa',
    ]);
    expect(actors('Les jihadistes ont attaqué le camp des chasseurs dozos.', 'fr')).toEqual([]);
  });
  it('does not name a group whose position was struck ("ont frappé une position du FLA") or whose fief it is', () => {
    expect(
      actors(
        'Des drones des FAMa ont frappé lundi une position du FLA près de Boni, tuant 6 combattants.',
        'fr',
      ),
    ).toEqual(['FAMa']);
    expect(
      actors("L'armée a mené des frappes aériennes près d'Anéfis, fief du FLA, tuant 9 personnes.", 'fr'),
    ).toEqual(['FAMa']);
  });
  it('still names the group whose attack it is', () => {
    expect(actors("L'attaque du JNIM contre le camp a fait 10 morts.", 'fr')).toEqual(['JNIM']);
    expect(actors('Des combattants du FLA ont attaqué un camp de l’armée à Kidal.', 'fr')).toEqual(['FLA']);
  });
});

describe('actors: the army’s own operation', () => {
  it('names the army that killed or neutralised, not the army that answered an attack', () => {
    expect(
      actors(
        "Les FAMa ont neutralisé une vingtaine de terroristes lors d'une opération près de Ségou.",
        'fr',
      ),
    ).toEqual(['FAMa']);
    expect(actors('Malian forces killed at least 50 people in the village, according to witnesses.')).toEqual(
      ['FAMa'],
    );
    expect(actors('Les soldats maliens ont tué 12 bergers peuls près du puits.', 'fr')).toEqual(['FAMa']);
    expect(
      actors('Les FAMa ont riposté vigoureusement, neutralisant une vingtaine de terroristes.', 'fr'),
    ).toEqual([]);
    expect(actors('Malian troops repelled the assault and killed 20 attackers.')).toEqual([]);
  });
  it('does not name the army that lost men in an attack, or took its camp back', () => {
    expect(actors('Five Malian soldiers die after an attack on two military camps.')).toEqual([]);
    expect(actors("L'armée malienne a finalement repris le contrôle du camp attaqué.", 'fr')).toEqual([]);
  });
  it('does not read a weekday as a killing ("the army said Tuesday")', () => {
    expect(
      actors('Five soldiers were killed in the attack, a statement from the Malian army said Tuesday.'),
    ).toEqual([]);
  });
});

describe('actors: deep in a story', () => {
  const lede =
    'Des hommes armés ont attaqué lundi le village de Tin-Hama. Le bilan est lourd. Les secours sont arrivés mardi. Les habitants ont fui vers la ville. Le calme est revenu mercredi. ';
  it('needs the group to act, be blamed or be the author after the opening sentences', () => {
    expect(
      actors(`${lede}Le CSP, qui contrôle la région, avait signé la trêve après les attaques.`, 'fr'),
    ).toEqual([]);
    expect(actors(`${lede}Cette attaque porte la signature du JNIM.`, 'fr')).toEqual(['JNIM']);
    expect(
      actors(
        `${lede}Des témoins évoquent des massacres de civils par le groupe affilié à l'Etat islamique qui est très actif dans cette zone, l'EIGS.`,
        'fr',
      ),
    ).toEqual(['ISSP']);
    expect(actors(`${lede}JNIM later released a video showing its fighters in the camp.`)).toEqual(['JNIM']);
  });
});

describe('actors: the army and its Russian partners', () => {
  it('reads the "white men" witnesses see beside the army as the Russian fighters', () => {
    expect(
      actors(
        "Selon des habitants, des soldats maliens accompagnés d'hommes blancs ont tué 12 villageois à Boni.",
        'fr',
      ),
    ).toEqual(['FAMa', 'Africa Corps']);
    expect(
      actors('According to residents, Malian troops and white men killed 12 villagers in Boni.'),
    ).toEqual(['FAMa', 'Africa Corps']);
  });
  it('pairs the army with its Russian allies, partners or fighters', () => {
    expect(
      actors(
        'According to residents, the Malian army and its Russian allies killed at least 20 people in Boni.',
      ),
    ).toEqual(['FAMa', 'Africa Corps']);
    expect(
      actors(
        "Des témoins accusent les soldats maliens et leurs alliés russes d'avoir tué 30 civils à Boni.",
        'fr',
      ),
    ).toEqual(['FAMa', 'Africa Corps']);
    expect(
      actors('HRW said Malian troops and allied Russian fighters summarily executed 40 civilians.'),
    ).toEqual(['FAMa', 'Africa Corps']); // After a possessive, "alliés de Wagner" are Wagner itself, not a group allied to it.
    expect(
      actors(
        "L'armée malienne et ses alliés de Wagner ont tué 12 civils lundi à Boni, selon des habitants.",
        'fr',
      ),
    ).toEqual(['FAMa', 'Africa Corps']);
    expect(
      actors(
        "Selon des témoins, des soldats maliens et leurs partenaires d'Africa Corps ont exécuté 9 bergers.",
        'fr',
      ),
    ).toEqual(['FAMa', 'Africa Corps']);
    expect(
      actors(
        'Witnesses said Malian soldiers and their allies of the Wagner group executed 9 herders near Boni.',
      ),
    ).toEqual(['FAMa', 'Africa Corps']);
    // The state's forces by other names: its security forces, the government's troops.
    for (const t of [
      'Government forces killed 20 civilians in Boni on Monday, residents said.',
      'Malian security forces killed 20 civilians in Boni on Monday, residents said.',
      'Witnesses said government troops executed 9 herders near Boni on Monday.',
    ])
      expect(actors(t), t).toEqual(['FAMa']);
    expect(
      actors(
        'Selon des habitants, les forces de défense et de sécurité maliennes ont tué 20 civils lundi à Boni.',
        'fr',
      ),
    ).toEqual(['FAMa']);
    // Without a possessive, the group is the parent: "des jihadistes alliés du JNIM" names no JNIM deed.
    expect(
      actors('Des jihadistes alliés au JNIM ont attaqué lundi le poste de Boni, tuant 4 gendarmes.', 'fr'),
    ).not.toContain('JNIM');
  });
  it('names the forces someone accuses or blames for a killing, not for anything else', () => {
    expect(
      actors(
        'Residents blamed the Malian military and Russian mercenaries for the killings of 30 civilians.',
      ),
    ).toEqual(['FAMa', 'Africa Corps']);
    expect(actors('Human Rights Watch accused the Malian army of killing 300 civilians in Moura.')).toEqual([
      'FAMa',
    ]);
    expect(
      actors("Le gouvernement accuse l'armée malienne d'avoir tardé à réagir à l'attaque.", 'fr'),
    ).toEqual([]);
  });
  it('does not name the force whose convoy, patrol or camp was attacked, whatever follows', () => {
    for (const [t, lang] of [
      ['Militants claimed an ambush on a Malian army convoy that killed several soldiers near Boni.', 'en'],
      ['Gunmen staged an attack on an army patrol that killed 12 soldiers near Boni on Monday.', 'en'],
      ["L'attaque contre un convoi des FAMa a fait 12 morts lundi près de Boni.", 'fr'],
      ["L'embuscade tendue contre une patrouille de l'armée malienne a tué 12 soldats près de Boni.", 'fr'],
      ["L'attaque du camp des FAMa a fait 12 morts lundi à Boni.", 'fr'],
    ] as const)
      expect(actors(t, lang), t).toEqual([]);
    // The force's own convoy attacking is still its deed.
    expect(
      actors('A Malian army convoy attacked the village of Boni on Monday, killing 12 civilians.'),
    ).toEqual(['FAMa']);
  });
  it('names the forces accused in the passive, over an aside of their companions', () => {
    for (const [t, lang, want] of [
      ["Des soldats maliens sont accusés d'avoir tué 20 civils lundi à Boni.", 'fr', ['FAMa']],
      [
        "Les soldats maliens, appuyés par des mercenaires russes, sont accusés d'avoir exécuté 20 villageois à Boni.",
        'fr',
        ['FAMa', 'Africa Corps'],
      ],
      [
        "Des militaires maliens et des mercenaires russes sont soupçonnés d'avoir tué 20 civils à Boni.",
        'fr',
        ['FAMa', 'Africa Corps'],
      ],
      ['Malian soldiers are accused of killing 20 civilians in Boni on Monday.', 'en', ['FAMa']],
      [
        'Malian troops, backed by Russian mercenaries, are accused of having killed 20 villagers in Boni.',
        'en',
        ['FAMa', 'Africa Corps'],
      ],
    ] as Array<[string, string, string[]]>)
      expect(actors(t, lang), t).toEqual(want);
  });
  it('names the forces accused in the sentence after the killing, not of something else', () => {
    expect(
      actors(
        "Au moins 20 civils ont été tués lundi à Boni. Des habitants accusent l'armée malienne et ses supplétifs russes d'Africa Corps.",
        'fr',
      ),
    ).toEqual(['FAMa', 'Africa Corps']);
    expect(
      actors('At least 20 villagers were killed on Monday in Boni. Residents blamed the Malian army.'),
    ).toEqual(['FAMa']);
    // The sentence before tells no killing: the accusation is of something else.
    expect(
      actors(
        "Des jihadistes ont attaqué lundi le poste de Boni. Le gouvernement accuse l'armée malienne de lenteur.",
        'fr',
      ),
    ).toEqual([]);
  });
  it('names the army that tells of its own air strike', () => {
    expect(
      actors('The Malian army said on Tuesday that a drone strike killed 20 terrorists near Boni.'),
    ).toEqual(['FAMa']);
    expect(
      actors(
        "L'armée malienne a annoncé mardi qu'une frappe aérienne a neutralisé une vingtaine de terroristes.",
        'fr',
      ),
    ).toEqual(['FAMa']);
  });
});

describe('actors: a strike owned by the force named after it', () => {
  it('names the army whose strike it was ("des frappes de drones de l\'armée")', () => {
    expect(
      actors(
        "Des frappes de drones de l'armée malienne ont visé des positions rebelles à Kidal, faisant 8 morts.",
        'fr',
      ),
    ).toEqual(['FAMa']);
    expect(
      actors('Une frappe aérienne des FAMa a tué une dizaine de personnes près de Kidal.', 'fr'),
    ).toEqual(['FAMa']);
    expect(
      actors('An air strike by drones of the Malian army killed 12 people in a village near Kidal.'),
    ).toEqual(['FAMa']);
  });
  it('does not name the army when the strike is only near its name', () => {
    expect(
      actors("Après la frappe, les soldats de l'armée malienne ont sécurisé la ville de Kidal.", 'fr'),
    ).toEqual([]);
  });
});

describe('actors: the army by the country that owns it', () => {
  it('reads "Mali\'s army", "Mali\'s armed forces" and "l\'armée du Mali" as FAMa', () => {
    expect(actors("Mali's army carried out air strikes that killed 20 civilians near Kidal.")).toEqual([
      'FAMa',
    ]);
    expect(actors("Mali's armed forces killed at least 15 civilians in Kidal, residents said.")).toEqual([
      'FAMa',
    ]);
    expect(
      actors("Des drones de l'armée du Mali ont frappé un marché, tuant 9 civils à Kidal.", 'fr'),
    ).toEqual(['FAMa']);
  });
});

describe('actors: a rebel group that reports a strike on its own side', () => {
  it('does not name the group whose fighters a strike hit, nor the one that tells of it', () => {
    expect(
      actors('Malian army drones struck FLA positions near Kidal, killing eight rebels, the army said.'),
    ).toEqual(['FAMa']);
    expect(
      actors(
        'At least 21 civilians were killed in a drone strike near Kidal, the FLA separatists said, blaming the Malian army.',
      ),
    ).toEqual(['FAMa']);
    expect(
      actors('Malian army drones hit JNIM fighters near Kidal on Monday, killing twelve, residents said.'),
    ).toEqual(['FAMa']);
  });
});

describe('actors: al-Qaeda’s Sahel branch is JNIM (SCHEMA.md)', () => {
  it('reads its descriptions in English and French', () => {
    expect(
      actors("Al-Qaeda's affiliate in the Sahel claimed the attack on Boni, which killed 12 soldiers."),
    ).toEqual(['JNIM']);
    expect(actors("L'attaque de Boni a été revendiquée par la branche sahélienne d'Al-Qaïda.", 'fr')).toEqual(
      ['JNIM'],
    );
  });
  it('reads it in every house style: "al Qaeda", "al-Qaida", "Al Qaïda"', () => {
    for (const t of [
      "Al Qaeda's Sahel branch killed twelve soldiers near Boni on Monday.",
      "Twelve soldiers died on Monday when militants from al-Qaida's Sahel affiliate ambushed their convoy near Boni.",
      "Twelve soldiers were killed near Boni on Monday in an ambush by al Qaida's affiliate in the Sahel.",
    ])
      expect(actors(t), t).toEqual(['JNIM']);
    expect(actors("L'attaque de Boni a été revendiquée par la branche sahélienne d'Al Qaïda.", 'fr')).toEqual(
      ['JNIM'],
    );
  });
});

describe('actors: a group named after its verb of saying is a speaker', () => {
  it('does not name the FLA that "a dénoncé" or "said" a strike by the army', () => {
    expect(
      actors(
        "Au moins 8 civils ont été tués dans une frappe de drone de l'armée malienne à Kidal, a dénoncé le Front de libération de l'Azawad (FLA).",
        'fr',
      ),
    ).toEqual(['FAMa']);
    expect(
      actors('Eight civilians were killed in a Malian army drone strike on Kidal, said the FLA.'),
    ).toEqual(['FAMa']);
  });
  it('still names the FLA when it acts, also with its acronym in brackets', () => {
    expect(
      actors("Le Front de libération de l'Azawad (FLA) a attaqué le camp de Kidal, tuant 12 soldats.", 'fr'),
    ).toEqual(['FLA']);
    expect(actors('The attack on the camp in Kidal was claimed by the FLA.')).toEqual(['FLA']);
  });
});

describe('actors: the FLA is of 2022 on', () => {
  it('names the FLA for rebels of the north in a recent story, not in one of 2017', () => {
    const text = 'Des rebelles touareg ont attaqué lundi un camp de l’armée à Tessalit, tuant 12 soldats.';
    expect(read(text, 'fr', '2024-05-10').event.actors).toEqual(['FLA']);
    expect(read(text, 'fr', '2017-01-18').event.actors).toEqual([]);
  });
});

describe('actors: the agent of a killing told in the passive', () => {
  it('names a state force after "by" a killing, whoever its victims', () => {
    expect(
      read(
        'At least 500 people were killed in Moura by Malian troops and foreign military personnel, the UN said.',
        'en',
        '2023-05-12',
      ).event.actors,
      // "foreign military personnel": the UN's words for the Russian forces beside the army.
    ).toEqual(['FAMa', 'Africa Corps']);
    expect(
      read('Twenty terrorists were killed near Boni by the Malian army, the army said.').event.actors,
    ).toEqual(['FAMa']);
    // A statement by the army is no deed of its.
    expect(
      read('Twelve soldiers were killed near Boni, according to a statement by the Malian army.').event
        .actors,
    ).toEqual([]);
  });
});

describe('actors: a battle names both its sides', () => {
  it('names the state forces and the group a battle opposed, in French and English', () => {
    expect(
      actors(
        "Des affrontements ont opposé les FAMa et leurs alliés d'Africa Corps aux combattants du JNIM près de Boni.",
        'fr',
      ),
    ).toEqual(['FAMa', 'Africa Corps', 'JNIM']);
    expect(
      actors(
        "De violents combats entre l'armée malienne et le JNIM ont eu lieu près de Boni, faisant 30 morts.",
        'fr',
      ),
    ).toEqual(['FAMa', 'JNIM']);
    expect(
      actors('Malian troops and Russian mercenaries clashed with JNIM militants near Boni, leaving 30 dead.'),
    ).toEqual(['FAMa', 'Africa Corps', 'JNIM']);
    expect(
      actors('Les FAMa se sont affrontées aux jihadistes du JNIM près de Boni, faisant 30 morts.', 'fr'),
    ).toEqual(['FAMa', 'JNIM']);
  });
  it('names two groups at war with each other ("se sont affrontés", "fighting between")', () => {
    expect(actors("Le JNIM et l'EIGS se sont affrontés lundi près de Boni, faisant 20 morts.", 'fr')).toEqual(
      ['JNIM', 'ISSP'],
    );
    expect(actors('Fighting between JNIM and Islamic State Sahel near Boni left 20 dead on Monday.')).toEqual(
      ['JNIM', 'ISSP'],
    );
  });
  it('reads "pitted X against Y" and "the clashes involved X, Y and Z" like "opposer"', () => {
    expect(
      actors(
        'Heavy fighting near Boni on Monday pitted Malian troops and Russian mercenaries against JNIM militants.',
      ),
    ).toEqual(['FAMa', 'Africa Corps', 'JNIM']);
    expect(
      actors(
        'Twenty people died near Boni on Monday. The clashes involved the Malian army, the Wagner group and JNIM.',
      ),
    ).toEqual(['FAMa', 'Africa Corps', 'JNIM']);
  });
  it('reaches the sides a battle opposed past a time and a place told first', () => {
    expect(
      actors(
        "Des combats ont opposé lundi près de Boni les FAMa et leurs alliés d'Africa Corps aux jihadistes du JNIM. 20 soldats ont été tués.",
        'fr',
      ),
    ).toEqual(['FAMa', 'Africa Corps', 'JNIM']);
    // The clause ends the reach: a group named in the next clause is no side of the battle.
    expect(
      actors(
        "Des combats ont opposé lundi près de Boni les FAMa à des hommes armés; selon des habitants, le JNIM a revendiqué l'attaque de Dioura.",
        'fr',
      ),
    ).not.toContain('FAMa');
  });
  it('does not name the defenders of an attack that ended in fighting, nor troops "exposed to combat"', () => {
    expect(
      actors(
        'Les FAMa ont repoussé les assaillants du JNIM après des affrontements près de Boni. 12 soldats tués.',
        'fr',
      ),
    ).toEqual(['JNIM']);
    expect(
      actors(
        "L'EIGS a attaqué le poste de Boni, où les FAMa exposées au combat ont riposté. 12 soldats ont été tués.",
        'fr',
      ),
    ).toEqual(['ISSP']);
  });
});

describe('actors: a battle whose sides are named later in its clause, or as its object', () => {
  it('reads "entre"/"between"/"involving" a few words after the battle, across an aside', () => {
    expect(
      actors(
        "Au Mali, de violents combats ont eu lieu lundi près de Boni entre l'armée malienne, appuyée par Africa Corps, et les jihadistes du JNIM. Douze soldats ont été tués.",
        'fr',
      ),
    ).toEqual(['FAMa', 'Africa Corps', 'JNIM']);
    expect(
      actors(
        'In Mali, heavy fighting broke out on Monday near Boni between the Malian army, backed by Russian mercenaries, and JNIM fighters. Twelve soldiers were killed.',
      ),
    ).toEqual(['FAMa', 'Africa Corps', 'JNIM']);
    expect(
      actors(
        'In Mali, 20 people were killed in fighting near Boni involving the Malian army and ISSP militants.',
      ),
    ).toEqual(['FAMa', 'ISSP']);
  });
  it('reads "fought" with its object as a battle, but not "fought off" (a defence)', () => {
    expect(
      actors(
        'In Mali, Malian soldiers and their Russian allies fought JNIM militants near Boni, leaving 30 dead.',
      ),
    ).toEqual(['FAMa', 'Africa Corps', 'JNIM']);
    expect(
      actors('In Mali, Malian soldiers fought off JNIM militants who attacked Boni, leaving 30 dead.'),
    ).toEqual(['JNIM']);
  });
});

describe('actors: forces engaged ("accrochées") by a group', () => {
  it('names the group by whose men the forces were engaged, in the passive and the active', () => {
    expect(
      actors(
        'Au Mali, les FAMa ont été accrochées lundi par des terroristes du JNIM près de Boni, faisant 12 morts.',
        'fr',
      ),
    ).toEqual(['JNIM']);
    expect(
      actors(
        "Au Mali, des éléments de l'EIGS ont accroché une patrouille près de Ménaka, tuant 5 soldats.",
        'fr',
      ),
    ).toEqual(['ISSP']);
  });
});

describe('actors: a group that lost its men, forces that stormed a base', () => {
  it('does not name a group by its own losses ("le FLA a perdu 12 combattants")', () => {
    expect(
      actors('Le FLA a perdu 12 combattants dans une attaque menée par le JNIM près de Tinzaouaten.', 'fr'),
    ).toEqual(['JNIM']);
    expect(actors('JNIM lost 20 fighters when ISSP attacked its camp near Menaka.')).toEqual(['ISSP']);
  });
  it('names the forces that stormed a base', () => {
    expect(
      actors(
        'Twelve FLA fighters were killed when the Malian army and Africa Corps stormed their base near Kidal.',
      ),
    ).toEqual(['FAMa', 'Africa Corps']);
  });
});

describe('actors: a group telling of strikes that killed its men', () => {
  it('names the striker, not the group whose fighters the strikes killed', () => {
    expect(actors('The FLA said Malian drone strikes killed 12 of its fighters near Kidal.')).toEqual([
      'FAMa',
    ]);
    expect(
      actors('Le FLA affirme que des frappes de drones ont tué 12 de ses combattants près de Kidal.', 'fr'),
    ).toEqual(['FAMa']);
  });
  it('still names a group telling of its own fighters’ deed', () => {
    expect(actors('JNIM said its fighters killed 12 soldiers near Boni.')).toEqual(['JNIM']);
    expect(actors('Le JNIM affirme que ses combattants ont tué 12 soldats près de Boni.', 'fr')).toEqual([
      'JNIM',
    ]);
  });
});

describe('actors: the army’s own operation told in quotation marks', () => {
  it('reads the deed over the quotation marks around its verb', () => {
    expect(
      actors('The Malian army said it had "neutralised" 12 terrorists in an operation near Boni.'),
    ).toEqual(['FAMa']);
    expect(actors('Les FAMa ont « neutralisé » 12 terroristes près de Boni.', 'fr')).toEqual(['FAMa']);
  });
  it('still reads an attacked army as no actor', () => {
    expect(actors('The Malian army said it was attacked near Boni, losing 12 soldiers.')).toEqual([]);
  });
});

describe('actors: one force named twice, and a drone brought down', () => {
  it('reads "Russian mercenaries of the Africa Corps" as one of a pair of attackers', () => {
    expect(
      actors(
        'On Monday, the Malian army and Russian mercenaries of the Africa Corps killed 12 civilians in a raid on the village of Boni.',
      ),
    ).toEqual(['FAMa', 'Africa Corps']);
    expect(
      actors(
        "Lundi, l'armée malienne et les paramilitaires russes de l'Africa Corps ont tué 12 civils dans le village de Boni.",
        'fr',
      ),
    ).toEqual(['FAMa', 'Africa Corps']);
  });
  it('does not take the army whose drone was shot down for the attacker', () => {
    expect(
      actors(
        "Lundi, le FLA affirme avoir abattu un drone de l'armée malienne près de Kidal et tué 12 soldats.",
        'fr',
      ),
    ).toEqual(['FLA']);
    expect(
      actors(
        'On Monday, FLA rebels said they shot down a Malian army drone near Kidal and killed 12 soldiers.',
      ),
    ).toEqual(['FLA']);
    // The army's own strike still names it.
    expect(actors('On Monday, a Malian army drone strike killed 12 civilians near Kidal.')).toEqual(['FAMa']);
  });
});

describe('actors: a battle told by a transitive or a reciprocal verb names both sides', () => {
  it('"ont affronté", "battled": the subject and the object', () => {
    expect(
      actors(
        'Lundi, les FAMa et Africa Corps ont affronté les jihadistes du JNIM près de Boni. Le bilan est de 12 morts.',
        'fr',
      ),
    ).toEqual(['FAMa', 'Africa Corps', 'JNIM']);
    expect(
      actors(
        'On Monday, JNIM fighters battled Malian soldiers and Wagner mercenaries for hours near Boni. Twelve soldiers were killed.',
      ),
    ).toEqual(['JNIM', 'FAMa', 'Africa Corps']);
  });
  it('"se sont affrontés", "clashed": both sides as the subject', () => {
    expect(
      actors("Lundi, le JNIM et l'armée malienne se sont affrontés près de Boni, faisant 12 morts.", 'fr'),
    ).toEqual(['JNIM', 'FAMa']);
    expect(actors('On Monday, JNIM and the Malian army clashed near Boni, leaving 12 dead.')).toEqual([
      'JNIM',
      'FAMa',
    ]);
  });
  it('an army that fights back is not a side of the attack', () => {
    expect(
      actors('On Monday, JNIM fighters attacked the Boni camp; the army fought back, killing 12 assailants.'),
    ).toEqual(['JNIM']);
  });
});

describe('actors: the men loyal to a leader are his group', () => {
  it('reads "fighters loyal to Iyad Ag Ghaly", "les combattants fidèles à Amadou Koufa" as JNIM', () => {
    expect(
      actors('On Monday, fighters loyal to Iyad Ag Ghaly attacked the Boni camp, killing 12 soldiers.'),
    ).toEqual(['JNIM']);
    expect(
      actors(
        'Lundi, des combattants fidèles à Amadou Koufa ont attaqué le camp de Boni, tuant 12 soldats.',
        'fr',
      ),
    ).toEqual(['JNIM']);
  });
});

describe('actors: a group that names the persons killed, or the positions struck', () => {
  it('does not take "12 FLA rebels" killed for the attackers', () => {
    expect(
      actors('Malian army drone strikes killed 12 FLA rebels near Tinzaouaten on Monday, the army said.'),
    ).toEqual(['FAMa']);
    expect(actors('On Monday, Malian troops killed at least 12 JNIM fighters near Boni.')).toEqual(['FAMa']);
    // Fighters counted as the attackers still name their group.
    expect(
      actors('On Monday in Boni, some 50 JNIM fighters attacked the army camp, killing 12 soldiers.'),
    ).toEqual(['JNIM']);
  });
  it('reads the target past a day told between the verb and its object ("ont visé lundi des positions du FLA")', () => {
    expect(
      actors(
        'Des frappes de drones ont visé lundi des positions du FLA près de Tinzaouaten, tuant 12 combattants, selon le FLA.',
        'fr',
      ),
    ).toEqual(['FAMa']);
  });
  it('reads a group after "sur des positions" / "on … positions" as the target', () => {
    expect(
      actors(
        'Les FAMa ont mené des frappes aériennes sur des positions du FLA près de Boni, tuant 12 civils.',
        'fr',
      ),
    ).toEqual(['FAMa']);
    expect(
      actors('Malian forces carried out strikes on FLA positions near Boni, killing 12 civilians.'),
    ).toEqual(['FAMa']);
    // The attacker named first keeps its role.
    expect(
      actors("Le JNIM a mené une attaque sur des positions de l'armée près de Boni, tuant 12 soldats.", 'fr'),
    ).toEqual(['JNIM']);
  });
  it('names both forces of two adjectives sharing one noun ("Malian and Russian forces")', () => {
    expect(
      actors('Malian and Russian forces launched an offensive on Boni on Monday, killing 12 civilians.'),
    ).toEqual(['FAMa', 'Africa Corps']);
    expect(actors('Les forces maliennes et russes ont attaqué Boni lundi, tuant 12 civils.', 'fr')).toEqual([
      'FAMa',
      'Africa Corps',
    ]);
  });
});

describe('actors: a force, its companions, then its verb', () => {
  it('reads the verb after an aside in commas', () => {
    expect(
      actors(
        'Les FAMa, appuyées par les vecteurs aériens, ont neutralisé une vingtaine de terroristes à Boni.',
        'fr',
      ),
    ).toEqual(['FAMa']);
    expect(actors('The Malian army, supported by drones, killed around 20 militants near Boni.')).toEqual([
      'FAMa',
    ]);
    expect(
      actors(
        "Malian soldiers and allied foreign fighters, believed to be from Russia's Africa Corps, executed 25 civilians in Boni.",
      ),
    ).toEqual(['FAMa', 'Africa Corps']);
  });
  it('reads the verb after a phrase of companions with no name', () => {
    expect(
      actors(
        'Des militaires maliens accompagnés de combattants étrangers ont exécuté 25 civils à Boni.',
        'fr',
      ),
    ).toEqual(['FAMa']);
    expect(
      actors('Witnesses said Malian soldiers and their foreign allies killed 20 civilians in Boni.'),
    ).toEqual(['FAMa']);
    expect(
      actors(
        "L'armée malienne et ses supplétifs russes du groupe Wagner ont tué 20 civils à Boni, selon des habitants.",
        'fr',
      ),
    ).toEqual(['FAMa', 'Africa Corps']);
  });
  it('does not make a target or a victim of a force its attacker', () => {
    expect(actors("Les FAMa, cibles d'une embuscade, ont perdu 12 hommes près de Boni.", 'fr')).toEqual([]);
    expect(actors('Malian soldiers and 20 civilians were killed in an ambush near Boni.')).toEqual([]);
    expect(actors('Malian soldiers and their families were attacked near Boni; 20 people died.')).toEqual([]);
  });
});

describe('actors: the army reacting to an attack', () => {
  it('does not make the army that reacts an actor ("la réaction vigoureuse des FAMa")', () => {
    expect(
      actors(
        "Le poste de Dioura a été attaqué dimanche par des terroristes du JNIM. La réaction vigoureuse des FAMa a permis de neutraliser une vingtaine d'assaillants.",
        'fr',
      ),
    ).toEqual(['JNIM']);
    expect(
      actors(
        'Le poste de Dioura a été attaqué dimanche. Grâce à la réaction rapide des FAMa, 20 terroristes ont été neutralisés.',
        'fr',
      ),
    ).toEqual([]);
    // The army's own operation still names it.
    expect(
      actors('Les FAMa ont neutralisé une vingtaine de terroristes dimanche près de Dioura.', 'fr'),
    ).toEqual(['FAMa']);
  });
});

describe('actors: a group whose fighters are counted among the dead', () => {
  it('does not name the group whose fighters a strike killed', () => {
    expect(
      actors(
        "Des frappes de drones de l'armée malienne ont tué 8 combattants du FLA lundi près de Tinzaouaten.",
        'fr',
      ),
    ).toEqual(['FAMa']);
    expect(
      actors(
        'Malian army drone strikes killed eight FLA fighters near Tinzaouaten on Monday, the rebels said.',
      ),
    ).toEqual(['FAMa']);
    expect(
      actors('The Malian army said it had "neutralised" 8 FLA terrorists near Tinzaouaten on Monday.'),
    ).toEqual(['FAMa']);
  });
  it('reads the count of victims past a day told between the verb and the number', () => {
    expect(
      actors(
        "Une frappe de drone de l'armée malienne a tué lundi soir 8 combattants du FLA près de Tinzaouaten.",
        'fr',
      ),
    ).toEqual(['FAMa']);
    expect(
      actors('A Malian army drone strike killed on Monday eight FLA fighters near Tinzaouaten.'),
    ).toEqual(['FAMa']);
  });
  it('still names a group that kills with a number after it', () => {
    expect(actors('JNIM fighters killed 8 soldiers near Boni on Monday.')).toEqual(['JNIM']);
    expect(actors('Le JNIM a tué 8 soldats lundi près de Boni.', 'fr')).toEqual(['JNIM']);
  });
});

describe('actors: a group that holds the place or speaks through its spokesman', () => {
  it('does not name the group that controls the area struck', () => {
    expect(
      actors(
        'Huit civils ont été tués lundi à Tinzaouaten, dans une zone sous contrôle du FLA, par une frappe de drone.',
        'fr',
      ),
    ).not.toContain('FLA');
    expect(
      actors(
        'Eight civilians were killed in a drone strike on Monday in Tinzaouaten, an area under the control of the FLA.',
      ),
    ).not.toContain('FLA');
  });
  it('reads "the FLA\'s spokesman" as the group\'s voice telling of a strike', () => {
    expect(
      actors(
        "The FLA's spokesman told AFP that a drone strike had killed 8 civilians in Tinzaouaten on Monday.",
      ),
    ).not.toContain('FLA');
    // Its own deed keeps it an actor.
    expect(
      actors("The FLA's spokesman said its fighters had killed 8 soldiers near Tinzaouaten on Monday."),
    ).toEqual(['FLA']);
  });
});

describe('actors: the group the attackers are said to be', () => {
  it('reads "the attackers were Dozo hunters" and "les assaillants étaient des dozos"', () => {
    expect(
      actors(
        'Witnesses said the attackers were Dozo hunters. Twenty villagers died in the attack on Boni on Monday.',
      ),
    ).toEqual(['Dozo']);
    expect(
      actors(
        'Twenty villagers died in the attack on Boni on Monday. Witnesses said the killers were Dozo hunters.',
      ),
    ).toEqual(['Dozo']);
    expect(
      actors(
        "Selon des témoins, les hommes armés étaient des chasseurs dozos. L'attaque a fait 20 morts lundi à Boni.",
        'fr',
      ),
    ).toEqual(['Dozo']);
    expect(
      actors(
        'The gunmen were identified as JNIM fighters. Twenty soldiers died in the attack on Boni on Monday.',
      ),
    ).toEqual(['JNIM']);
  });
  it('reads "il s\'agirait d\'éléments de la katiba Macina", "il s\'agit de combattants du JNIM" (actor-clauses itWasThem)', () => {
    const lead =
      'Douze soldats ont été tués lundi dans une attaque contre le camp de Boni.\n\nLes renforts sont arrivés dans la matinée.\n\nLe camp avait été visé en 2021.\n\n';
    expect(
      actors(lead + "Selon plusieurs sources, il s'agirait d'éléments de la katiba Macina.", 'fr'),
    ).toEqual(['JNIM']);
    expect(
      actors(lead + "D'après un élu local, il s'agit de combattants de l'État islamique.", 'fr'),
    ).toEqual(['ISSP']);
    // "Il s'agit de" with no group names no one.
    expect(actors(lead + "Il s'agit de la troisième attaque contre ce camp cette année.", 'fr')).toEqual([]);
  });
  it('does not read the victims so', () => {
    expect(
      actors(
        'Witnesses said the victims were Dozo hunters. Twenty people died in the attack on Boni on Monday.',
      ),
    ).toEqual([]);
  });
});

describe('actors: the two sides of a clash told "d\'une part … d\'autre part"', () => {
  it('names the side after "d\'autre part", past the first side\'s long phrase', () => {
    const fr = read(
      "Des combats entre les FAMa et leurs partenaires russes d'une part, et les jihadistes du JNIM d'autre part, ont fait des dizaines de morts lundi près de Boni, selon des élus locaux.",
      'fr',
    );
    expect([...fr.event.actors].sort()).toEqual(['Africa Corps', 'FAMa', 'JNIM']);
    const en = read(
      'Fighting between Malian troops and their Russian allies of the Africa Corps on one side, and fighters of the JNIM, al-Qaeda’s Sahel branch, on the other side, left dozens dead near Boni on Monday.',
      'en',
    );
    expect([...en.event.actors].sort()).toEqual(['Africa Corps', 'FAMa', 'JNIM']);
  });
});

describe('actors: "foreign military personnel", the UN\'s words for the Russian forces', () => {
  it('names Africa Corps beside the army for "foreign military personnel", "des militaires étrangers"', () => {
    const en = read(
      'Human Rights Watch said Malian soldiers and foreign military personnel executed at least 40 civilians in Boni on Monday.',
      'en',
      '2023-04-10',
    );
    expect([...en.event.actors].sort()).toEqual(['Africa Corps', 'FAMa']);
    const fr = read(
      "Selon l'ONU, au moins 40 civils ont été exécutés lundi à Boni par des soldats maliens et des militaires étrangers.",
      'fr',
      '2023-04-10',
    );
    expect([...fr.event.actors].sort()).toEqual(['Africa Corps', 'FAMa']);
  });
  it('does not name them before they came (2022): foreign soldiers of 2019 were others', () => {
    const old = read(
      "Selon l'ONU, au moins 40 civils ont été tués lundi à Boni par des soldats maliens et des militaires étrangers.",
      'fr',
      '2019-04-10',
    );
    expect(old.event.actors).toEqual(['FAMa']);
  });
});

describe('actors: the army’s air arm', () => {
  it('names the Malian air force as FAMa when it strikes', () => {
    expect(
      actors(
        "L'armée de l'air malienne a bombardé lundi un marché à Boni, faisant 12 morts parmi les civils.",
        'fr',
      ),
    ).toEqual(['FAMa']);
    expect(actors('The Malian air force bombed a market in Boni on Monday, killing 12 civilians.')).toEqual([
      'FAMa',
    ]);
  });
});

describe('actors: a group that accuses, over its rebels’ noun', () => {
  it('leaves out "FLA rebels" who accuse another force of the killing', () => {
    expect(
      actors(
        'FLA rebels accused the Malian army of killing 12 civilians in drone strikes on Monday in Tinzaouaten.',
      ),
    ).toEqual(['FAMa']);
    expect(
      actors(
        "Les rebelles du FLA accusent l'armée malienne d'avoir tué 12 civils lundi lors de frappes de drones à Tinzaouaten.",
        'fr',
      ),
    ).toEqual(['FAMa']);
  });
  it('still names FLA rebels who attack', () => {
    expect(
      actors('FLA rebels attacked an army camp near Tinzaouaten on Monday, killing 12 soldiers.'),
    ).toEqual(['FLA']);
  });
});

describe('actors: a force telling its own deed', () => {
  it('reads "said it had killed", "said its troops had killed", "affirme avoir neutralisé" as the force\'s deed', () => {
    expect(actors('The Malian army said on Monday it had killed 12 terrorists near Boni.')).toEqual(['FAMa']);
    expect(actors('The Malian army said its troops had killed 12 terrorists near Boni on Monday.')).toEqual([
      'FAMa',
    ]);
    expect(
      actors("L'armée malienne affirme avoir neutralisé lundi 12 terroristes près de Boni.", 'fr'),
    ).toEqual(['FAMa']);
    expect(
      actors(
        'Les FAMa ont annoncé que leurs unités avaient neutralisé 12 terroristes près de Boni lundi.',
        'fr',
      ),
    ).toEqual(['FAMa']);
  });
  it('reads the deed past the companions in an aside ("its troops, supported by Russian allies, had killed")', () => {
    expect(
      actors(
        'The Malian army said its troops, supported by Russian allies, had killed 12 terrorists near Boni on Monday.',
      ),
    ).toEqual(['FAMa', 'Africa Corps']);
  });
  it("does not read the force's own losses as its deed", () => {
    expect(
      actors(
        'The Malian army said its troops had been attacked near Boni on Monday, and 12 soldiers were killed.',
      ),
    ).toEqual([]);
    expect(actors("L'armée malienne affirme avoir perdu 12 soldats lundi près de Boni.", 'fr')).toEqual([]);
  });
});

describe('actors: the rebel alliance by its noun', () => {
  it('names "the Tuareg-led rebel alliance", "la coalition rebelle" as the FLA when they act', () => {
    expect(
      actors('The Tuareg-led rebel alliance said it had killed 12 soldiers near Boni on Monday.', 'en'),
    ).toEqual(['FLA']);
    expect(actors('La coalition rebelle a attaqué lundi le camp de Boni, tuant 12 soldats.', 'fr')).toEqual([
      'FLA',
    ]);
  });
  it('not when the alliance accuses another ("the separatist CSP alliance accused the army")', () => {
    expect(
      actors(
        "Mali's army said it had killed about 40 terrorists in drone strikes near Boni on Saturday. The separatist CSP alliance accused the army of targeting civilians.",
      ),
    ).toEqual(['FAMa']);
  });
});

describe('actors: a group that tells a count of its own men lost is a speaker', () => {
  it('"said 12 of its fighters were among the dead", "que 12 de ses combattants ont été tués"', () => {
    expect(
      actors('Dan Na Ambassagou said in a statement that 12 of its fighters were among the dead in Boni.'),
    ).toEqual([]);
    expect(
      actors("Le MSA a indiqué que 12 de ses combattants ont été tués lors de l'attaque de Boni.", 'fr'),
    ).toEqual([]);
  });
  it('keeps a group whose men, counted, did the deed', () => {
    expect(
      actors('Le JNIM affirme que 12 de ses combattants ont pris le camp de Boni et tué 20 soldats.', 'fr'),
    ).toEqual(['JNIM']);
  });
});

describe('actors: a state force mourning its own losses is not the attacker', () => {
  it('"les FAMa déplorent 5 morts", "ont enregistré 5 morts et 8 blessés", "the army mourned"', () => {
    expect(actors("Les FAMa déplorent 5 morts dans leurs rangs après l'attaque de Boni.", 'fr')).toEqual([]);
    expect(
      actors(
        "Les FAMa ont enregistré 5 morts et 8 blessés lors de l'attaque terroriste contre le poste de Boni.",
        'fr',
      ),
    ).toEqual([]);
    expect(actors('The Malian army mourned five soldiers killed in the attack on Boni.')).toEqual([]);
  });
  it('"l\'armée malienne a reconnu des pertes", "concède de lourdes pertes", "admitted heavy losses"', () => {
    const claimed = "Le JNIM a revendiqué dimanche l'attaque contre le camp de Boni.";
    for (const t of [
      "L'armée malienne a reconnu des pertes.",
      "De son côté, l'armée malienne reconnaît des « pertes » sans les chiffrer.",
      'Les FAMa ont concédé de lourdes pertes.',
    ])
      expect(actors(`${claimed} ${t}`, 'fr'), t).toEqual(['JNIM']);
    expect(
      actors('JNIM claimed the attack on the Boni camp on Sunday. The Malian army admitted heavy losses.'),
    ).toEqual(['JNIM']);
  });
  it('keeps the force that killed', () => {
    expect(actors('Les FAMa ont neutralisé 12 terroristes lundi près de Boni.', 'fr')).toEqual(['FAMa']);
  });
});

describe('actors: the group the attackers came from', () => {
  const toll = 'Forty-two soldiers were killed on Sunday near Tessit, the government said.';
  it('"the assailants, from the Islamic State in the Greater Sahara,", "came from", "venus de"', () => {
    for (const t of [
      `${toll} The assailants, from the Islamic State in the Greater Sahara, used drones and explosives.`,
      `${toll} The attackers came from the Islamic State in the Greater Sahara, it said.`,
      `${toll} The statement said the gunmen, from JNIM, arrived on motorcycles.`,
    ])
      expect(actors(t), t).toEqual([t.includes('JNIM') ? 'JNIM' : 'ISSP']);
    expect(
      actors(
        "Quarante-deux soldats ont été tués dimanche près de Tessit, selon le gouvernement. Les assaillants, venus de l'EIGS, ont utilisé des drones.",
        'fr',
      ),
    ).toEqual(['ISSP']);
  });
  it('not a group the victims came from', () => {
    expect(
      actors(`${toll} The soldiers, from the Malian army's 5th battalion, were buried on Monday.`),
    ).toEqual([]);
  });
});

describe('actors: a group telling its own deed, a day or a pronoun between', () => {
  it('"JNIM said on Tuesday it had killed", "a affirmé mardi qu\'il avait tué"', () => {
    for (const t of [
      'JNIM said on Tuesday it had killed 12 soldiers in an attack on a military post in Boni.',
      'JNIM said on Tuesday that it killed 12 soldiers in Boni.',
      'The Tuareg-led FLA said on Thursday it had killed 12 soldiers near Kidal.',
    ])
      expect(actors(t), t).toEqual([t.includes('FLA') ? 'FLA' : 'JNIM']);
    expect(
      actors(
        "Le JNIM a affirmé mardi qu'il avait tué 12 soldats lors d'une attaque contre un poste à Boni.",
        'fr',
      ),
    ).toEqual(['JNIM']);
  });
  it("keeps a group that tells of another's deed a speaker", () => {
    expect(actors('The FLA said on Tuesday that army drones had killed 12 civilians near Kidal.')).toEqual([
      'FAMa',
    ]);
    expect(
      actors(
        "Le FLA a affirmé mardi qu'il y avait eu 12 civils tués par des drones de l'armée près de Kidal.",
        'fr',
      ),
    ).toEqual(['FAMa']);
  });
});

describe('actors: a message made public by the group is its claim', () => {
  it('"rendu public par le JNIM" names the author; "publié par le FLA" names a teller', () => {
    expect(
      actors(
        "L'attaque de Boni, qui a tué 12 soldats lundi, a été revendiquée dans un message rendu public par le JNIM.",
        'fr',
      ),
    ).toEqual(['JNIM']);
    expect(
      actors('Une frappe de drone a tué 12 civils lundi à Boni, selon un bilan publié par le FLA.', 'fr'),
    ).not.toContain('FLA');
  });
});

describe('actors: a group whose voice confirmed or told of the attack is no author of it', () => {
  it('FR and EN: "confirmées par un cadre du groupe armé X", "confirmed by an official of X"', () => {
    expect(
      actors(
        'Des hommes armés ont tué 20 civils à Ménaka. Les attaques ont été confirmées par un cadre du groupe armé MSA.',
        'fr',
      ),
    ).toEqual([]);
    expect(
      actors('Gunmen killed 20 civilians in Menaka. The attacks were confirmed by an official of the GATIA.'),
    ).toEqual([]);
    expect(
      actors(
        'Des hommes armés ont tué 20 civils à Ménaka, un bilan confirmé par des responsables du MSA.',
        'fr',
      ),
    ).not.toContain('MSA');
  });
  it("a claim made by the group's voice still names it", () => {
    expect(
      actors('Gunmen killed 20 soldiers in Menaka. The attack was claimed by a spokesman of JNIM.'),
    ).toEqual(['JNIM']);
  });
});
