import { describe, expect, it } from 'vitest';
import { read } from './helpers';
import { carriedActor } from '../../../lib/extract/actor-anaphora';
import { splitSentences } from '../../../lib/extract/sentences';
import { tokenize } from '../../../lib/extract/tokens';

const actors = (text: string, lang = 'en') => read(text, lang).event.actors;

/** The group carried to the last sentence of text by its pronoun. */
function carried(text: string): string | null {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const s = sentences[sentences.length - 1];
  return carriedActor(tokens, s, sentences[s.index - 1]);
}

describe('actor-anaphora: a group carried to the deed by a pronoun', () => {
  it('takes the group that opens the sentence before "they attacked", "ses combattants ont attaqué"', () => {
    for (const [t, lang] of [
      [
        'JNIM fighters have besieged the town of Boni since August. On Monday they attacked a convoy, killing 12 soldiers.',
        'en',
      ],
      [
        'JNIM has imposed a blockade on Boni since August. On Monday its fighters attacked a convoy, killing 12 soldiers.',
        'en',
      ],
      [
        'Le JNIM impose un blocus à Boni depuis août. Lundi, ses combattants ont attaqué un convoi, tuant 12 soldats.',
        'fr',
      ],
      [
        "Les jihadistes du JNIM assiègent Boni depuis le mois d'août. Lundi, ils ont ensuite attaqué un convoi.",
        'fr',
      ],
      [
        "Les combattantes de l'EIGS contrôlent la zone depuis mars. Lundi, elles ont tué 12 civils à Boni.",
        'fr',
      ],
    ] as const)
      expect(actors(t, lang), t).toEqual([t.includes('EIGS') ? 'ISSP' : 'JNIM']);
  });
  it('carries no state force, no victim and no group named deep in the sentence before', () => {
    expect(
      carried('The army launched an operation near Boni on Monday. Its soldiers killed 12 terrorists.'),
    ).toBeNull();
    expect(carried('JNIM members were arrested in Boni last week. They were killed on Monday.')).toBeNull();
    expect(
      carried('Les FAMa ont repoussé lundi une attaque du JNIM près de Boni. Ils ont tué 12 assaillants.'),
    ).toBeNull();
    expect(
      carried('Soldiers from the post at Boni were attacked on Monday. They killed 12 assailants.'),
    ).toBeNull();
  });
  it('needs a verb of attack after the pronoun', () => {
    expect(carried('JNIM has besieged Boni since August. They say the siege will go on.')).toBeNull();
    expect(carried('JNIM has besieged Boni since August. They attacked a convoy on Monday.')).toBe('JNIM');
  });
});
