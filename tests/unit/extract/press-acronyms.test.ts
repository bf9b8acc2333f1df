import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

const pre = 'Une attaque a visé lundi la localité de Boni. ';

describe('FR: the Malian press’s acronyms for the attackers', () => {
  it('reads "HANI" (hommes armés non identifiés) and "GAT" (groupes armés terroristes) as militants', () => {
    expect(brief(read(pre + 'Trois HANI ont été neutralisés par les FAMa.', 'fr').claims)).toEqual([
      'killed/militants 3-3 unattributed',
    ]);
    expect(brief(read(pre + 'Les FAMa ont finalement neutralisé douze GAT.', 'fr').claims)).toEqual([
      'killed/militants 12-12 unattributed',
    ]);
    expect(brief(read(pre + 'Deux HANI ont été interpellés par la gendarmerie.', 'fr').claims)).toEqual([
      'arrested/militants 2-2 unattributed',
    ]);
  });
  it('still reads the victims of HANI by their own noun', () => {
    expect(brief(read(pre + 'Des HANI ont tué cinq villageoises.', 'fr').claims)).toEqual([
      'killed/civilians 5-5 unattributed',
    ]);
  });
});
