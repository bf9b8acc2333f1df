import { describe, expect, it } from 'vitest';
import { agentAfter } from '../../../lib/extract/speech-agent';
import { tokenize } from '../../../lib/extract/tokens';
import { brief, read } from './helpers';

const at = (text: string, verb: string) => {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.norm === verb);
  const k = agentAfter(tokens, i, tokens.length);
  return k < 0 ? null : tokens[k].text;
};

describe('speech-agent: the agent of a passive verb of saying', () => {
  it('finds "par" / "by" right after the verb or past words of time', () => {
    expect(at("Le bilan a été communiqué par l'armée.", 'communique')).toBe('par');
    expect(at("Le bilan a été communiqué mardi soir par l'armée.", 'communique')).toBe('par');
    expect(at('The toll was announced late on Tuesday by the government.', 'announced')).toBe('by');
  });
  it('stops at any other word: the "par" of another clause is no agent', () => {
    expect(at("Le bilan a été communiqué aux familles par l'armée.", 'communique')).toBe(null);
    expect(at('The toll was announced after the attack by the army.', 'announced')).toBe(null);
  });
  it('steps over an adverb ("revendiquée conjointement par", "announced officially by")', () => {
    expect(at("L'attaque a été revendiquée conjointement par le JNIM.", 'revendiquee')).toBe('par');
    expect(at('The toll was announced officially by the government.', 'announced')).toBe('by');
    // Only adverbs: "dans un communiqué diffusé par" is another verb's agent.
    expect(at("L'attaque a été revendiquée dans un communiqué diffusé par le JNIM.", 'revendiquee')).toBe(
      null,
    );
  });
});

describe('agentAfter: past whom the toll was told', () => {
  it('finds the agent after "to AFP", "à l’AFP", "aux journalistes"', () => {
    expect(at('The toll was confirmed to AFP by a local official.', 'confirmed')).toBe('by');
    expect(at("Le bilan a été confirmé à l'AFP par un élu local.", 'confirme')).toBe('par');
    expect(at('Le bilan a été communiqué aux journalistes par le gouverneur.', 'communique')).toBe('par');
  });
  it('finds the agent after the outlet\'s own newsroom ("à notre rédaction", "to our reporter")', () => {
    expect(at('Ce bilan a été confirmé à notre rédaction par un élu local.', 'confirme')).toBe('par');
    expect(at('Le bilan a été confirmé à notre correspondant par un habitant.', 'confirme')).toBe('par');
    expect(at('The toll was confirmed to our reporter by a resident.', 'confirmed')).toBe('by');
  });
  it('finds none when the outlet is followed by a means, or by nothing', () => {
    expect(at('A local official said to AFP by phone that 12 died.', 'said')).toBe(null);
    expect(at('The toll was confirmed to AFP on Monday.', 'confirmed')).toBe(null);
  });
});

describe('a toll confirmed to an outlet by a claimant, in the next sentence', () => {
  it('gives the toll that claimant', () => {
    expect(
      brief(
        read(
          'Twelve soldiers were killed in the attack on Boni. The toll was confirmed to AFP by a local official.',
        ).claims,
      ),
    ).toEqual(['killed/soldiers 12-12 local']);
    expect(
      brief(
        read(
          "Douze soldats ont été tués lors de l'attaque de Boni. Le bilan a été confirmé à l'AFP par un élu local.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/soldiers 12-12 local']);
  });
});
