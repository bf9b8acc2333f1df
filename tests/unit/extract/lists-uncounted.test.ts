import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

const OPENING = "Lundi, l'armée malienne a repoussé une attaque terroriste à Boni. ";
const claims = (text: string, lang = 'fr') => brief(read(OPENING + text, lang).claims);

describe('lists: an uncounted lot closes a list under a verb after it', () => {
  it('FR: "et d’importantes quantités de munitions ont été récupérées"', () => {
    expect(
      claims(
        'Les soldats ont fouillé la zone. 8 fusils et d’importantes quantités de munitions ont été saisis.',
      ),
    ).toEqual(['seized/weapons 8-8 unattributed']);
    expect(
      claims('Au total, 3 mitrailleuses, 5 motos et une grande quantité de munitions ont été récupérées.'),
    ).toEqual(['seized/weapons 3-3 unattributed', 'seized/motorcycles 5-5 unattributed']);
  });
  it('EN: "and large amounts of ammunition were recovered"', () => {
    expect(
      claims('Nine rifles, two machine guns and large amounts of ammunition were recovered.', 'en'),
    ).toEqual(['seized/weapons 9-9 unattributed', 'seized/weapons 2-2 unattributed']);
  });
});

describe('lists: the army’s classes of weapons', () => {
  it('reads "armes individuelles", "armes collectives" as weapons inside the list', () => {
    expect(
      claims(
        'Dans le ratissage, 14 armes individuelles, 2 armes collectives et des munitions ont été récupérées.',
      ),
    ).toEqual(['seized/weapons 14-14 unattributed', 'seized/weapons 2-2 unattributed']);
    expect(claims('Deux armes collectives et des chargeurs ont été saisis.')).toEqual([
      'seized/weapons 2-2 unattributed',
    ]);
    expect(claims('The troops said 14 automatic rifles and some ammunition were seized.', 'en')).toEqual([
      'seized/weapons 14-14 unattributed',
    ]);
  });
});
